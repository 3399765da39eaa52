// d3-sankey 0.12.3 (src/constant.js), https://github.com/d3/d3-sankey, Copyright 2015 Mike Bostock, BSD-3-Clause (./LICENSE).
export default function constant<T>(x: T): () => T {
  return function () {
    return x;
  };
}
