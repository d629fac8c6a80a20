import { browser } from 'wxt/browser';
import { createBackgroundClient } from './ask-background';

/** Sends one protocol request to the background; the answer is checked against its schema. */
export const askBackground = createBackgroundClient((message) => browser.runtime.sendMessage(message));
