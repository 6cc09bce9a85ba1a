/** Props for {@link Icon}. */
export type IconProps = {
  /** The stroke path, drawn on a 16×16 grid. */
  d: string;
  size?: number;
};

/** A stroked line icon in the text colour; decorative, so the control around it carries the name. */
export default function Icon({ d, size = 16 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        stroke-width="1.75"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
