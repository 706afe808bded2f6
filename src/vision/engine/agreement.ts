import {DetectionList} from './detections.js';
export const AGREEMENT = {candidateScore: 0.5};
export function agree(fine: DetectionList, _coarse: DetectionList, into: DetectionList) {
  into.clear();
  for (let i = 0; i < fine.count; i++) into.push(fine, i);
}
