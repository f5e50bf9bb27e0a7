// How long a "choose a new password" link works, as the server's password-reset email says.
// The API does not give it (yet): keep it equal to the server's token lifetime.
export const RESET_LINK_MINUTES = 60;
