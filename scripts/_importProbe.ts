process.stdout.write('start\n')
await import('@payloadcms/richtext-lexical')
process.stdout.write('done\n')
