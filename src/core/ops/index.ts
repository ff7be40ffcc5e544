export * from './context';
export { editText, deleteEntity, restoreEntity, moveEntity } from './common';
export { initBoard, updateTeam, addPerson, updatePerson, setCharterAgreement } from './board';
export { addIdea, setVote, triageIdea, ideaToProject, ideaToCycle, titleFrom } from './ideas';
export { addProject, updateProject, setCompassPoint, linkMeasure, setMainMeasure, keepDuplicateProject } from './projects';
export { addCycle, updateCycle, startNextCycle } from './cycles';
export { addMeasure, updateMeasure, addDataPoint, updateDataPoint, importDataPoints, setRebase, addAnnotation, PointInput, pointFields } from './measures';
export { addAction, updateAction } from './actions';
export { startMeeting, addAgendaItem, updateAgendaItem, goToAgendaItem, setAttendance, addDecision, endMeeting } from './meetings';
