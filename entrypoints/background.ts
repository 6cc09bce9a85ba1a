import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/background/service';

export default defineBackground(() => {
  startBackground();
});
