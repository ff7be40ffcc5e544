export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, BackupV2, BoardContent, type Backup } from './format';
export { exportBackup } from './exportBackup';
export { readBackup, type BackupResult } from './readBackup';
export { restoreBackup, isEmptyBoard } from './restore';
export { damageCheck, findDamage, hasDamage, recoverFromCopy, type Damage, type ReadsNow } from './recover';
export { compareWithCopy, copyComparison, isLargeChange, LARGE_CHANGE, restoreCopy, type CopyDifference } from './copies';
