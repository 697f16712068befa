import { PGlite } from '@electric-sql/pglite'
for (const dir of [undefined, '/tmp/b7/pgl-' + Date.now()]) {
  const db = await PGlite.create(dir)
  await db.exec('create table t (id serial primary key, v text)')
  let t = performance.now()
  for (let i = 0; i < 50; i++) await db.query('insert into t (v) values ($1)', ['x'])
  console.log(dir ?? 'memory', 'insert ms each', ((performance.now() - t) / 50).toFixed(2))
  t = performance.now()
  for (let i = 0; i < 50; i++) await db.query('select count(*) from t')
  console.log(dir ?? 'memory', 'select ms each', ((performance.now() - t) / 50).toFixed(2))
  await db.close()
}
