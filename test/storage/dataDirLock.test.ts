import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StorageLockedError } from '../../src/errors.js'
import { acquireDataDirLock } from '../../src/storage/dataDirLock.js'

describe('PGlite data directory lock', () => {
  it('refuses a second holder while the first is alive, and frees the directory on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-lock-'))
    const lock = acquireDataDirLock(dir)
    expect(() => acquireDataDirLock(dir)).toThrow(StorageLockedError)
    lock.release()
    expect(existsSync(lock.path)).toBe(false)
    acquireDataDirLock(dir).release()
  })

  it('takes over a stale lock left by a process that no longer exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-lock-'))
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
    writeFileSync(join(dir, 'gateway.lock'), dead)
    const lock = acquireDataDirLock(dir)
    expect(existsSync(lock.path)).toBe(true)
    lock.release()
  })

  it('refuses when another live process holds the lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-lock-'))
    // pid 1 always exists.
    writeFileSync(join(dir, 'gateway.lock'), '1')
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by another process \(pid 1\)/)
  })
})
