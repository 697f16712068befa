/**
 * An exclusive lock on a PGlite data directory. PGlite is single-process: two processes writing to
 * one directory silently lose each other's writes, so the second one must refuse to start.
 * Node-only (uses the filesystem); the Workers build never opens PGlite.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { StorageLockedError } from '../errors.js'

export interface DirLock {
  path: string
  release(): void
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM means the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function acquireDataDirLock(dir: string): DirLock {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'gateway.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      let released = false
      const release = () => {
        if (released) return
        released = true
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path)
        } catch {}
      }
      process.once('exit', release)
      return { path, release }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const holder = Number.parseInt(readFileSync(path, 'utf8').trim(), 10)
      if (Number.isFinite(holder) && holder !== process.pid && alive(holder)) {
        throw new StorageLockedError(dir, holder)
      }
      if (holder === process.pid) throw new StorageLockedError(dir, holder)
      // The holder is gone (crash, kill -9): the lock is stale, take it over.
      rmSync(path, { force: true })
    }
  }
  throw new StorageLockedError(dir, null)
}
