import { parseNetwork } from '../src/graph/parse-network.js';
import { topologyOf } from '../src/graph/topology.js';
import { benchGraphToDataset, generateBenchGraph } from './gen.js';
const ds = benchGraphToDataset(generateBenchGraph(100000));
const times: number[] = [];
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  const net = parseNetwork(ds);
  topologyOf(net);
  times.push(performance.now() - t);
}
console.log(times.map((t) => t.toFixed(0)).join(' '), 'ms; rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'MB');
