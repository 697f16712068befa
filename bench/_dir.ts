import { directoryFor } from '../src/understanding/routing/directoryFor.js'
const d = directoryFor('北京市')
const streets = d.departments.filter((x) => x.kind === 'street')
console.log(d.departments.length, streets.length, JSON.stringify(streets.slice(0, 2)), JSON.stringify(d.departments.filter((x) => x.kind === 'bureau').slice(0, 2)))
