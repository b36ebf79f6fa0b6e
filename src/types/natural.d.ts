// natural is imported module by module (see src/match/similarity.ts); these are the modules used.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const jaroWinklerDistance: (a: string, b: string, options?: unknown) => number;
  export default jaroWinklerDistance;
}
