import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring lands with the reader: see src/background/.
});
