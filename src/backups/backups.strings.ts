/**
 * The strings of scheduled backups (the settings card and the dashboard's status), Chinese first. The English object is
 * typed by the Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  backups: {
    title: '定时备份',
    hint: '应用运行时按设定的间隔自动备份数据库、附件和安装密钥到备份文件夹（每次一个 ecocase-backup-时间 子文件夹），只保留最近的若干份定时备份；文件夹中的其他内容（包括手动备份）从不删除。备份文件夹应在另一块磁盘上，须事先建好。',
    enabled: '启用定时备份',
    intervalHours: '备份间隔（小时）',
    folder: '备份文件夹（绝对路径）',
    folderPlaceholder: '如 D:\\EcoCase备份 或 /media/backup/ecocase',
    keep: '保留最近的定时备份（份）',
    save: '保存备份设置',
    savedDue: '已保存；下一次检查（一分钟内）将立即备份一次，以确认文件夹可用。',
    status: '数据备份',
    lastBackup: '最近一次备份',
    lastAttempt: '最近一次尝试',
    nextDue: '下次定时备份',
    none: '尚无备份',
    triggers: { schedule: '定时', manual: '手动' },
    outcomes: { running: '进行中', ok: '成功', failed: '失败' },
    warnings: {
      failed: '最近一次备份失败：{{message}}',
      never: '尚未有任何备份。请管理员在“设置”中设定定时备份。',
      overdue: '最近一次成功备份已超过 {{hours}} 小时（备份间隔），请检查备份文件夹所在磁盘。',
      not_scheduled: '未启用定时备份：只有手动运行 backup 命令时才有备份。'
    }
  }
}

export const en: typeof zhCN = {
  backups: {
    title: 'Scheduled backups',
    hint: 'While the app runs it backs up the database, attachments and installation key into the backup folder at the set interval (one ecocase-backup-<time> folder each time), keeping only the newest scheduled backups; nothing else in the folder (manual backups included) is ever deleted. The folder should be on another disk and must exist.',
    enabled: 'Back up on a schedule',
    intervalHours: 'Interval (hours)',
    folder: 'Backup folder (absolute path)',
    folderPlaceholder: 'e.g. D:\\EcoCase backups or /media/backup/ecocase',
    keep: 'Keep the newest scheduled backups',
    save: 'Save backup settings',
    savedDue: 'Saved; the next check (within a minute) backs up once to confirm the folder works.',
    status: 'Data backup',
    lastBackup: 'Last backup',
    lastAttempt: 'Last attempt',
    nextDue: 'Next scheduled backup',
    none: 'No backup yet',
    triggers: { schedule: 'scheduled', manual: 'manual' },
    outcomes: { running: 'running', ok: 'ok', failed: 'failed' },
    warnings: {
      failed: 'The last backup failed: {{message}}',
      never: 'There is no backup yet. An administrator sets a schedule under Settings.',
      overdue: 'The newest backup is older than {{hours}} hours (the interval); check the backup disk.',
      not_scheduled: 'Scheduled backups are off: there are backups only when someone runs the backup command.'
    }
  }
}
