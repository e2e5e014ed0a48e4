// find-my-way (Fastify's router) on the two route tables of RouterBenchmark, for reference.
// Same requests as the JMH benchmark: every route in turn, a path string made fresh from the
// request's bytes per lookup, the method included; each :name parameter's value is name + "-42".
// Fails unless every route finds its own handler with its own parameters.
//
//   cd benchmarks/node && npm ci && node find-my-way.js
//
// Prints, per table, ns per lookup: the mean of 5 one-second rounds after 3 warm-up rounds, with
// the lowest and highest round; and the cost of making the path string alone.
'use strict'

const fs = require('node:fs')
const path = require('node:path')
const FindMyWay = require('find-my-way')

const WARMUP_ROUNDS = 3
const ROUNDS = 5
const ROUND_NS = 1_000_000_000n

function load (name) {
  const file = path.join(__dirname, '..', 'src', 'main', 'resources', 'routes', name + '.txt')
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const [method, template] = line.trim().split(/\s+/)
    const params = {}
    const requestPath = template.split('/').map((segment) => {
      if (!segment.startsWith(':')) return segment
      const value = segment.slice(1) + '-42'
      params[segment.slice(1)] = value
      return value
    }).join('/')
    return { method, template, path: requestPath, params, bytes: Buffer.from(requestPath, 'latin1') }
  })
}

function check (router, routes) {
  for (const route of routes) {
    const found = router.find(route.method, route.path)
    const same = found && found.store === route &&
      JSON.stringify({ ...found.params }) === JSON.stringify(route.params)
    if (!same) {
      throw new Error(`find-my-way does not match ${route.method} ${route.path} to ${route.template}: got ` +
        (found ? `${found.store.template} ${JSON.stringify(found.params)}` : 'nothing'))
    }
  }
}

// One round: whole passes over the table until ROUND_NS has gone by. Returns ns per lookup.
function round (routes, lookup) {
  let count = 0
  let sink = 0
  const start = process.hrtime.bigint()
  let elapsed = 0n
  while (elapsed < ROUND_NS) {
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i]
      const result = lookup(route.method, route.bytes.latin1Slice(0, route.bytes.length))
      if (result !== null) sink++
    }
    count += routes.length
    elapsed = process.hrtime.bigint() - start
  }
  if (sink !== count) throw new Error('a lookup failed')
  return Number(elapsed) / count
}

function measure (routes, lookup) {
  for (let i = 0; i < WARMUP_ROUNDS; i++) round(routes, lookup)
  const results = []
  for (let i = 0; i < ROUNDS; i++) results.push(round(routes, lookup))
  const mean = results.reduce((a, b) => a + b, 0) / results.length
  return { mean, min: Math.min(...results), max: Math.max(...results) }
}

function format (name, what, r) {
  return `${name.padEnd(8)} ${what.padEnd(16)} ${r.mean.toFixed(1).padStart(8)} ns/lookup  ` +
    `(rounds ${r.min.toFixed(1)}..${r.max.toFixed(1)})`
}

console.log(`node ${process.version}, find-my-way ${require('find-my-way/package.json').version}`)
for (const name of ['github', 'static']) {
  const routes = load(name)
  const router = FindMyWay()
  for (const route of routes) router.on(route.method, route.template, () => {}, route)
  check(router, routes)
  const pathOnly = measure(routes, (method, p) => p.length > 0 ? p : null)
  const findMyWay = measure(routes, (method, p) => router.find(method, p))
  console.log(format(name, 'requestPathOnly', pathOnly))
  console.log(format(name, 'find-my-way', findMyWay))
}
