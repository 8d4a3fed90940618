import { readMonacoAsset } from '../../../../../admin/monacoAssets'

/** The admin's code editor, served by the app itself (src/admin/monacoAssets.ts). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const asset = await readMonacoAsset({ segments: (await params).path })
  if (!asset) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(asset.body), {
    headers: {
      'Content-Type': asset.contentType,
      // The files change only with the installed package; a day keeps upgrades visible.
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
