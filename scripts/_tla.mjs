const t=Date.now(); const keep=setInterval(()=>{},1000); process.on('exit',c=>console.log('exit',c,Date.now()-t));
setTimeout(()=>{console.log('still waiting after 15s'); process.exit(3)},15000)
await import('@payloadcms/richtext-lexical')
console.log('imported', Date.now()-t)
clearInterval(keep); process.exit(0)
