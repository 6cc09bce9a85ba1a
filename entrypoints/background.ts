import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/background/service';
import { registerLookUpMenu } from '@/lib/lookup/context-menu';

export default defineBackground(() => {
  startBackground();
  registerLookUpMenu();
});
