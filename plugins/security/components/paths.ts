/** Where Payload finds the security plugin's admin components (resolved from the repository root; run `npm run generate` after a change). */
export const SECURITY_COMPONENTS = {
  /** Above every admin page: tells a user who must change their password where to do it. */
  passwordChangeNotice: '/plugins/security/components/PasswordChangeNotice#PasswordChangeNotice',
} as const
