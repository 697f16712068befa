/** The create/edit form with its preview pane. Buttons: preview, save as draft, save and submit. */
import type { AnswerPreview } from '../knowledge/previewAnswer.js'
import type { FormValues } from './entryForm.js'
import { DiffView } from './Layout.js'

export function EntryFormView(props: {
  action: string
  values: FormValues
  isNew: boolean
  baseVersion?: number
  preview?: AnswerPreview | null
  diff?: string | null
  editingPublished?: boolean
}) {
  const v = props.values
  return (
    <div>
      {props.preview && (
        <div class="card" id="preview">
          <h2>预览：市民将看到的答复</h2>
          <p class="muted">以问法“{props.preview.question}”检索本条目时的答复：</p>
          <div class="reply">{props.preview.reply}</div>
          {props.preview.truncated && (
            <p class="muted">提示：正文没有“问：…答：…”格式的问答对，答复只截取正文开头部分。可按问答对组织正文。</p>
          )}
          {props.diff !== undefined && (
            <div>
              <h2>与当前版本的差异</h2>
              {props.diff ? <DiffView diff={props.diff} /> : <p class="muted">没有改动。</p>}
            </div>
          )}
        </div>
      )}
      <form method="post" action={props.action} class="card">
        {props.editingPublished && (
          <p class="muted">本条目已发布：保存的修改将作为“修订”等待审核，审核发布前市民仍看到当前版本。</p>
        )}
        {props.baseVersion !== undefined && (
          <input type="hidden" name="baseVersion" value={String(props.baseVersion)} />
        )}
        {props.isNew ? (
          <div>
            <label for="id">编号（唯一，字母数字及 _ - . :）</label>
            <input type="text" id="id" name="id" value={v.id} required placeholder="例如 bj-elevator-subsidy-2026" />
          </div>
        ) : (
          <input type="hidden" name="id" value={v.id} />
        )}
        <label for="title">标题</label>
        <input type="text" id="title" name="title" value={v.title} required />
        <label for="questions">常见问法（每行一个）</label>
        <textarea id="questions" name="questions">
          {v.questions}
        </textarea>
        <label for="body">答复正文（可用“问：…答：…”分段写多组问答）</label>
        <textarea id="body" name="body" class="body" required>
          {v.body}
        </textarea>
        <div class="row">
          <div>
            <label for="category">分类</label>
            <input type="text" id="category" name="category" value={v.category} placeholder="例如 城乡建设" />
          </div>
          <div>
            <label for="audience">适用对象</label>
            <select id="audience" name="audience">
              <option value="all" selected={v.audience === 'all'}>
                全部
              </option>
              <option value="citizen" selected={v.audience === 'citizen'}>
                个人（市民）
              </option>
              <option value="enterprise" selected={v.audience === 'enterprise'}>
                企业
              </option>
            </select>
          </div>
          <div>
            <label for="region">适用地区（空＝全市）</label>
            <input type="text" id="region" name="region" value={v.region} placeholder="例如 北京市 或 朝阳区" />
          </div>
        </div>
        <div class="row">
          <div>
            <label for="effectiveFrom">生效日期</label>
            <input type="date" id="effectiveFrom" name="effectiveFrom" value={v.effectiveFrom} />
          </div>
          <div>
            <label for="expiresAt">失效日期</label>
            <input type="date" id="expiresAt" name="expiresAt" value={v.expiresAt} />
          </div>
          <div>
            <label for="source">来源（文件名或链接）</label>
            <input type="text" id="source" name="source" value={v.source} />
          </div>
        </div>
        <label for="note">修改说明（可选）</label>
        <input type="text" id="note" name="note" value={v.note} />
        <div class="actions">
          <button type="submit" name="do" value="preview" class="plain">
            预览
          </button>
          <button type="submit" name="do" value="save" class="secondary">
            保存草稿
          </button>
          <button type="submit" name="do" value="submit">
            保存并提交审核
          </button>
        </div>
      </form>
    </div>
  )
}
