/** Glue shared by the editors' API and the console pages. */
import type { Context } from 'hono'
import { identityOf } from '../../console/consoleAuth.js'
import { type AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js'
import { EditorWorkflow, type Outcome, type WorkflowError } from '../../knowledge/editorWorkflow.js'
import { createKnowledgeAnswerer, type KnowledgeAnswerer } from '../../knowledge/KnowledgeAnswerer.js'
import type { Services } from '../../services.js'

export function workflowFor(s: Services): EditorWorkflow {
  // The local index refreshes at once; other instances follow through the change counter.
  return new EditorWorkflow(s.db, {
    onPublishedChange: () => s.knowledge.refreshIfChanged(true),
  })
}

export function answererOf(s: Services): KnowledgeAnswerer {
  return s.handler.answerer ?? createKnowledgeAnswerer({ llm: null })
}

export function errorOf(e: WorkflowError): AppError {
  switch (e.code) {
    case 'not_found':
      return new NotFoundError(e.message)
    case 'conflict':
      return new ConflictError(e.message)
    case 'forbidden':
      return new ForbiddenError(e.message)
    default:
      return new ValidationError(e.message)
  }
}

export function okOrThrow(o: Outcome): Extract<Outcome, { ok: true }> {
  if (!o.ok) throw errorOf(o.error)
  return o
}

export const who = (c: Context) => identityOf(c)
