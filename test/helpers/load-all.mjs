// Loads each module whose URL it is given, in this order, the way its
// format loads, and prints the ones that throw, as JSON.
/** @type {Array<{ url: string, error: string }>} */
const failed = [];
for (const url of process.argv.slice(2)) {
  await import(url).catch((error) => failed.push({ url, error: `${error}` }));
}
console.log(JSON.stringify(failed));
