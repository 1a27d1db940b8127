/** Only same-app paths: `?next=https://evil.example` must not turn login into an open redirect. */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** Where a signed-out user is sent: the login page, remembering the page to come back to. */
export function loginPath(from: { pathname: string; search: string }, reason?: 'expired'): string {
  const params = new URLSearchParams();
  const next = `${from.pathname}${from.search}`;
  if (next !== '/' && !from.pathname.startsWith('/login')) params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return `/login${query ? `?${query}` : ''}`;
}
