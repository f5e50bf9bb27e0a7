// Files the API serves behind the bearer token (.ics, .csv): fetched with the header, then
// saved through a temporary Blob link, since a plain link cannot send Authorization.
export async function downloadWithToken(
  url: string,
  token: string | null,
  filename: string,
): Promise<boolean> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    return false;
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return true;
}
