/**
 * Conversation subjects, like customer names, are not stored: a subject is a pure function of
 * (seed, conversation id) and of what the conversation is about (its first tag, else its
 * channel), so the drilldown reads plausibly and the same seed always gives the same text.
 */
import type { ConversationType } from '../../../contract/api/schemas.ts';
import { hash32 } from './prng.ts';

const BY_TAG: Readonly<Record<string, readonly string[]>> = {
  refund: ['Refund for a duplicate charge', 'Can I get my money back?', 'Refund not showing on my card'],
  bug: ['Dashboard shows a blank page', 'Export button does nothing', 'Error 500 when saving settings'],
  onboarding: ['Getting started with our team account', 'How do I invite my colleagues?', 'Setup call for next week'],
  billing: ['Question about my last invoice', 'Change the card on file', 'Why was I charged twice?'],
  'feature-request': ['Feature idea: dark mode', 'Could you add a Slack integration?', 'Request: bulk edit'],
  urgent: ['URGENT: cannot log in before launch', 'Site down for our customers', 'Need help right now'],
  vip: ['Account review for Q3', 'Renewal terms for our plan', 'Priority support contact'],
  integration: ['Zapier integration stopped syncing', 'Connecting to Salesforce', 'Webhook not firing'],
  api: ['API returns 401 with a valid key', 'Rate limit on the reports API', 'Pagination in the API'],
  login: ['Locked out of my account', 'Two-factor code not arriving', 'SSO login loops back'],
  'password-reset': ['Password reset email never came', 'Reset link expired', 'Cannot change my password'],
  invoice: ['Invoice needs our VAT number', 'Send me a PDF invoice', 'Wrong address on invoice'],
  cancellation: ['Please cancel my subscription', 'How do I close my account?', 'Cancel before renewal'],
  upgrade: ['Upgrade to the annual plan', 'What does the Pro plan add?', 'Add five more seats'],
  shipping: ['Where is my order?', 'Tracking number not working', 'Package arrived damaged'],
  feedback: ['Loving the new release', 'Some feedback on the editor', 'Suggestions from our team'],
  security: ['Suspicious login notification', 'Security questionnaire for procurement', 'Report a vulnerability'],
  mobile: ['iOS app crashes on start', 'Android notifications missing', 'Mobile app sync issue'],
  export: ['Export all data to CSV', 'Export is missing columns', 'Scheduled export failed'],
  outage: ['Is the service down?', 'Slow responses since this morning', 'Status page says all good but…'],
};

const BY_TYPE: Readonly<Record<ConversationType, readonly string[]>> = {
  email: ['Quick question', 'Following up on my earlier email', 'Help with my account', 'Question about pricing'],
  chat: ['Chat started from the pricing page', 'Chat from the help center', 'Live chat: need a hand'],
  phone: ['Call: account question', 'Voicemail: please call back', 'Call: billing follow-up'],
};

export function conversationSubject(seed: number, conversationId: number, firstTag: string | undefined, type: ConversationType): string {
  const pool = (firstTag !== undefined ? BY_TAG[firstTag] : undefined) ?? BY_TYPE[type];
  return pool[hash32(seed, conversationId, 0x5b7) % pool.length] as string;
}
