/**
 * Share addresses that work as plain links: no third-party script on our pages, the
 * network only sees the click. Facebook's sharer takes `u`; Zalo's web share page takes `url`.
 */
export function shareLinks(url: string): { facebook: string; zalo: string } {
  const encoded = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    zalo: `https://sp.zalo.me/share_to_zalo?url=${encoded}`,
  };
}
