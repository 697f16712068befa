/** The committed emergency model (knowledge/models/emergency.json), decoded on first use. */
import raw from '../../../knowledge/models/emergency.json' with { type: 'json' }
import { type EmergencyModel, type EmergencyModelFile, loadEmergencyModel } from './emergencyModel.js'

let cached: EmergencyModel | null = null

export function defaultEmergencyModel(): EmergencyModel {
  cached ??= loadEmergencyModel(raw as unknown as EmergencyModelFile)
  return cached
}
