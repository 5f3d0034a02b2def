<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnswerModel</name>
        <message>
            <location filename="../../ui/dialogs/value_mapping.py" line="+57" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer in the file</source>
            <translation>文件中的回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Means</source>
            <translation>对应</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+62" />
            <location line="+3" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Chosen for this form last time</source>
            <translation>上次导入此表单时的选择</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="+168" />
            <source>The database cannot be opened:
%1</source>
            <translation>无法打开数据库：
%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check that the file or server exists, that you may write to it, and that no other program holds it. Start with --db to use another database.</source>
            <translation>请确认数据库文件或服务器存在、您有写入权限，且没有其他程序占用它。也可以用 --db 参数指定另一个数据库启动。</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsChart</name>
        <message>
            <location filename="../../ui/reports/arrivals_chart.py" line="+24" />
            <source>Check-ins per 15 minutes</source>
            <translation>每15分钟入场人数</translation>
        </message>
        <message>
            <location line="+12" />
            <source>People</source>
            <translation>人数</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/volunteers/assign_dialog.py" line="+33" />
            <source>Assign a volunteer</source>
            <translation>安排志愿者</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Filter by name, organization or skill…</source>
            <translation>按姓名、单位或技能筛选…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Assign</source>
            <translation>安排(&amp;A)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 free, %2 with warnings, %3 clash.</source>
            <translation>%1 人空闲，%2 人有提醒，%3 人时间冲突。</translation>
        </message>
    </context>
    <context>
        <name>Assigner</name>
        <message>
            <location filename="../../ui/volunteers/assigner.py" line="+63" />
            <source>Assign volunteer</source>
            <translation>安排志愿者</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Assigning them needs your confirmation:</source>
            <translation>安排此人需要您确认：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Assign &amp;anyway</source>
            <translation>仍然安排(&amp;A)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Not assigned:</source>
            <translation>未安排：</translation>
        </message>
    </context>
    <context>
        <name>AssignmentModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="+431" />
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>上岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked out</source>
            <translation>离岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correction</source>
            <translation>更正说明</translation>
        </message>
    </context>
    <context>
        <name>AttendeeActions</name>
        <message>
            <location filename="../../ui/pages/attendee_actions.py" line="+50" />
            <source>&amp;Register…</source>
            <translation>报名(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Walk-in…</source>
            <translation>现场登记(&amp;W)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Register someone at the door</source>
            <translation>为入口处的观众现场登记</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import registrations from a spreadsheet</source>
            <translation>从表格导入报名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Cancel ticket…</source>
            <translation>取消门票(&amp;C)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A new code for a lost ticket; the old one stops working</source>
            <translation>为遗失的门票生成新票码；旧票码立即失效</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Move…</source>
            <translation>改签(&amp;M)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the ticket to another session</source>
            <translation>把门票改到另一场次</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the selected tickets…</source>
            <translation>打印所选门票…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print every ticket of the session…</source>
            <translation>打印本场次的全部门票…</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Re-iss&amp;ue…</source>
            <translation>补发(&amp;U)…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save &amp;QR PNG…</source>
            <translation>保存二维码 PNG(&amp;Q)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the QR code of each selected ticket as a PNG image</source>
            <translation>把所选每张门票的二维码保存为 PNG 图片</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print tickets…</source>
            <translation>打印门票(&amp;P)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print</source>
            <translation>打印(P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>QR PNG</source>
            <translation>二维码 PNG(Q)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Print the selected tickets (%1)…</source>
            <translation>打印所选门票（%1 张）…</translation>
        </message>
        <message>
            <location line="+29" />
            <source> (group of %1)</source>
            <translation>（%1 人团体）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Promoted from the waiting list: %1.</source>
            <translation>已从候补名单转为正式：%1。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is on the waiting list of %2 (position %3).</source>
            <translation>%1 已进入“%2”的候补名单（第 %3 位）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is registered for %2: ticket #%3.</source>
            <translation>%1 已报名“%2”：门票 #%3。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Walk-in %1 registered for %2 (%3 of %4 admitted).</source>
            <translation>现场观众 %1 已登记“%2”（%4 人中已入场 %3 人）。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Cancel ticket</source>
            <translation>取消门票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel the ticket of %1 for %2?</source>
            <translation>取消 %1 的门票（%2）？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Its code stops working at once. Freed places go to the waiting list.</source>
            <translation>票码立即失效，空出的名额依次给候补名单。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The ticket of %1 is cancelled.</source>
            <translation>%1 的门票已取消。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Re-issue ticket</source>
            <translation>补发门票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give %1 a new code?</source>
            <translation>为 %1 生成新票码？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The old code (printed or sent) stops working at once.</source>
            <translation>旧票码（已打印或已发送的）立即失效。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New code for %1: %2. The old code is revoked; print the new ticket.</source>
            <translation>%1 的新票码：%2。旧票码已作废，请打印新门票。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 moved to %2.</source>
            <translation>%1 已改签到“%2”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Waiting list position %1.</source>
            <translation>候补第 %1 位。</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>%n selected ticket(s)</source>
            <translation>
                <numerusform>所选 %n 张门票</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Every active ticket of session #%1</source>
            <translation>场次 #%1 的全部有效门票</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every active ticket of %1</source>
            <translation>%1 的全部有效门票</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save QR PNG</source>
            <translation>保存二维码 PNG</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>Saved %n QR image(s) in %1.</source>
            <translation>
                <numerusform>已将 %n 张二维码图片保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendeeTableModel</name>
        <message>
            <location filename="../../ui/models/attendees.py" line="+71" />
            <source>No ticket</source>
            <translation>无门票</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting list #%1</source>
            <translation>候补第 %1 位</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Group of %1</source>
            <translation>%1 人团体票</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization / school</source>
            <translation>单位/学校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket</source>
            <translation>门票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>已到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>票码</translation>
        </message>
    </context>
    <context>
        <name>AttendeesPage</name>
        <message>
            <location filename="../../ui/pages/attendees.py" line="+71" />
            <source>Filter by name, phone, school, session or code…</source>
            <translation>按姓名、电话、学校、场次或票码筛选…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All sessions</source>
            <translation>全部场次</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Mask phones</source>
            <translation>隐藏手机号中间四位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mask phone numbers</source>
            <translation>隐藏手机号中间四位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show 138****5678 instead of the full number, e.g. when sharing the screen.</source>
            <translation>显示为 138****5678 而不是完整号码，例如共享屏幕时。</translation>
        </message>
        <message>
            <location line="+137" />
            <source>Preparing the search…</source>
            <translation>正在准备搜索…</translation>
        </message>
        <message>
            <location line="-189" />
            <location line="+192" />
            <source>%1 of %2 rows</source>
            <translation>%1 / 共 %2 行</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 rows</source>
            <translation>共 %1 行</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../ui/backup/actions.py" line="+43" />
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a checked copy of the database now.</source>
            <translation>现在为数据库保存一份经过校验的副本。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put an earlier backup back in place.</source>
            <translation>用以前的备份替换当前数据。</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+165" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="-148" />
            <source>Backing up the database…</source>
            <translation>正在备份数据库…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The automatic backup failed: %1</source>
            <translation>自动备份失败：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backup saved: %1</source>
            <translation>备份已保存：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+5" />
            <location line="+28" />
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="-33" />
            <source>There are no backups yet.</source>
            <translation>还没有任何备份。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Which backup should be put back?</source>
            <translation>要恢复哪一份备份？</translation>
        </message>
        <message>
            <location line="+12" />
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>before a restore</source>
            <translation>恢复前留存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2, %3 MB)</source>
            <translation>%1（%2，%3 MB）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Put back the backup of %1?

Everything changed since then is replaced. The database as it is now is kept as a backup too.</source>
            <translation>要恢复 %1 的备份吗？

此后所做的全部更改都会被替换。当前的数据库也会另存为一份备份。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Restoring the backup…</source>
            <translation>正在恢复备份…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backup restored. The replaced database is kept as %1</source>
            <translation>备份已恢复。被替换的数据库已另存为 %1</translation>
        </message>
    </context>
    <context>
        <name>BadgePrintDialog</name>
        <message>
            <location filename="../../ui/volunteers/badge_dialog.py" line="+48" />
            <source>Print volunteer badges</source>
            <translation>打印志愿者工作证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A4 sheets, eight badges a page</source>
            <translation>A4 纸，每页八张工作证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>80 mm thermal printer, one a badge</source>
            <translation>80 毫米热敏打印机，每张一证</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Making the badges: %1 of %2</source>
            <translation>正在生成工作证：%1 / %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing to print: the volunteer is gone.</source>
            <translation>没有可打印的内容：该志愿者已不存在。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n badge(s) on %1.</source>
            <translation>
                <numerusform>%n 张工作证，共 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../ui/calendar/banner.py" line="+33" />
            <source>Close this message</source>
            <translation>关闭此消息</translation>
        </message>
    </context>
    <context>
        <name>CalendarBlock</name>
        <message>
            <location filename="../../ui/calendar/texts.py" line="+14" />
            <source>Booked: %1 of %2 places</source>
            <translation>已预约：%1 / %2 个名额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked: %1 of %2 places (full)</source>
            <translation>已预约：%1 / %2 个名额（已满）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Program: %1</source>
            <translation>品牌项目：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setup %1 min before, teardown %2 min after</source>
            <translation>开始前布场 %1 分钟，结束后撤场 %2 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Part of a recurring series</source>
            <translation>属于一个重复系列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked outside opening hours</source>
            <translation>在开放时间以外预订</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag to move, drag the bottom edge to change the end, double-click or Enter to edit.</source>
            <translation>拖动可移动，拖动下边缘可修改结束时间，双击或按回车键可编辑。</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message>
            <location filename="../../ui/calendar/headers.py" line="+25" />
            <source>shared</source>
            <translation>可共用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed: %1</source>
            <translation>闭馆：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open %1–%2</source>
            <translation>开放 %1–%2</translation>
        </message>
        <message numerus="yes">
            <location line="+51" />
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n 个名额</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../ui/pages/calendar.py" line="+85" />
            <source>Previous day or week (Page Up)</source>
            <translation>上一天或上一周（Page Up）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Today</source>
            <translation>今天(&amp;T)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next day or week (Page Down)</source>
            <translation>下一天或下一周（Page Down）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Day</source>
            <translation>日(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Week</source>
            <translation>周(&amp;W)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Zoom out (-)</source>
            <translation>缩小（-）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zoom in (+)</source>
            <translation>放大（+）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New session…</source>
            <translation>新建场次(&amp;N)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New se&amp;ries…</source>
            <translation>新建系列(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import schedule…</source>
            <translation>导入日程(&amp;I)…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Venue:</source>
            <translation>场馆：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the halls shown as columns</source>
            <translation>选择作为列显示的场地</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Program:</source>
            <translation>品牌项目：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Organization:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <location line="+20" />
            <source>All venues</source>
            <translation>全部场馆</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All programs</source>
            <translation>全部品牌项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No program</source>
            <translation>无品牌项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All organizations</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <location line="+84" />
            <source>%1 – %2 · week %3</source>
            <translation>%1 – %2 · 第 %3 周</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n 个场次</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 sessions shown</source>
            <translation>显示 %1 / %2 个场次</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+10" />
            <source>All halls</source>
            <translation>全部场地</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 halls</source>
            <translation>%1 / %2 个场地</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Moved to %1.</source>
            <translation>已移至 %1。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Now ends at %1.</source>
            <translation>现在于 %1 结束。</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+63" />
            <source>Session cancelled; the hall is free again.</source>
            <translation>场次已取消；场地已空出。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%n session(s) created in the series.</source>
            <translation>
                <numerusform>系列中已创建 %n 个场次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%n session(s) imported.</source>
            <translation>
                <numerusform>已导入 %n 个场次。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel session…</source>
            <translation>取消场次(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;event…</source>
            <translation>打开活动(&amp;E)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;session here…</source>
            <translation>在此新建场次(&amp;S)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New se&amp;ries here…</source>
            <translation>在此新建系列(&amp;R)…</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <location filename="../../ui/station/camera.py" line="+72" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Hold the ticket's QR code up to the camera.</source>
            <translation>请将门票二维码对准摄像头。</translation>
        </message>
        <message>
            <location line="+110" />
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No camera found: scan with the USB scanner</source>
            <translation>未找到摄像头：请用 USB 扫码枪扫码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The camera stopped (%1): scan with the USB scanner</source>
            <translation>摄像头已停止（%1）：请用 USB 扫码枪扫码</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The camera is off: scan with the USB scanner</source>
            <translation>摄像头已关闭：请用 USB 扫码枪扫码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Starting the camera…</source>
            <translation>正在启动摄像头…</translation>
        </message>
    </context>
    <context>
        <name>CandidateModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="-188" />
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Availability</source>
            <translation>能否上岗</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Free</source>
            <translation>空闲</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <location filename="../../ui/station/page.py" line="+82" />
            <location line="+139" />
            <source>Door</source>
            <translation>检票口</translation>
        </message>
        <message>
            <location line="-137" />
            <source>This session:</source>
            <translation>此场次：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whatever is open now in this hall:</source>
            <translation>此场地当前开放的场次：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>e.g. East door</source>
            <translation>例如：东门</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Door name:</source>
            <translation>检票口名称：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The volunteer or staff member at this door (empty: %1)</source>
            <translation>在此检票口值守的志愿者或工作人员（留空：%1）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Operator:</source>
            <translation>操作员：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kiosk: full screen, the staff PIN to leave</source>
            <translation>自助模式：全屏，凭工作人员 PIN 退出</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the check-in station</source>
            <translation>打开检票站</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Every station on this database</source>
            <translation>本数据库的所有检票站</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min before the start</source>
            <translation> 分钟（开始前）</translation>
        </message>
        <message>
            <location line="+3" />
            <source> min after the end</source>
            <translation> 分钟（结束后）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the check-in window</source>
            <translation>保存检票时段</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Doors open:</source>
            <translation>开始检票：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doors close:</source>
            <translation>停止检票：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set the staff PIN…</source>
            <translation>设置工作人员 PIN…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set the supervisor PIN…</source>
            <translation>设置主管 PIN…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PINs:</source>
            <translation>PIN：</translation>
        </message>
        <message>
            <location line="+36" />
            <source>set</source>
            <translation>已设置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff PIN: %1 · supervisor PIN: %2</source>
            <translation>工作人员 PIN：%1 · 主管 PIN：%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set a staff PIN first.</source>
            <translation>请先设置工作人员 PIN。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no hall to check in at yet: add a venue and its halls first.</source>
            <translation>还没有可以检票的场地：请先添加场馆及其场地。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the hall.</source>
            <translation>请选择场地。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no session to check in to yet: book a session in the Calendar first (or load the demo data).</source>
            <translation>还没有可以检票的场次：请先在“日程”中预订场次（或载入演示数据）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the session.</source>
            <translation>请选择场次。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>The check-in window is saved.</source>
            <translation>检票时段已保存。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Staff PIN</source>
            <translation>工作人员 PIN</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Supervisor PIN</source>
            <translation>主管 PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN (4 to 12 digits):</source>
            <translation>新 PIN（4 到 12 位数字）：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The PIN is saved (as a hash, never as text).</source>
            <translation>PIN 已保存（只保存其哈希值，从不保存明文）。</translation>
        </message>
    </context>
    <context>
        <name>ClosedDayModel</name>
        <message>
            <location filename="../../ui/dialogs/closed_days_dialog.py" line="+54" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closes</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Every venue</source>
            <translation>所有场馆</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This venue</source>
            <translation>本场馆</translation>
        </message>
    </context>
    <context>
        <name>ClosedDaysDialog</name>
        <message>
            <location line="+11" />
            <source>Closed days and holidays: %1</source>
            <translation>休馆日与节假日：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No session can be booked on these days (unless allowed when booking), and a series leaves them out. Public holidays close every venue.</source>
            <translation>这些日子不能安排场次（预订时特别允许的除外），系列场次也会跳过这些日子。法定节假日适用于所有场馆。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No closed days yet: add the first one below.</source>
            <translation>还没有休馆日：请在下方添加。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove selected</source>
            <translation>删除所选(&amp;R)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. 元旦, 春节, maintenance</source>
            <translation>例如：元旦、春节、设备检修</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every venue (a public holiday)</source>
            <translation>所有场馆（法定节假日）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add days</source>
            <translation>添加休馆日</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>到(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;eason:</source>
            <translation>原因(&amp;E)：</translation>
        </message>
        <message numerus="yes">
            <location line="+86" />
            <source>%n day(s) closed.</source>
            <translation>
                <numerusform>已设 %n 天休馆。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n session(s) already booked on them stay: move or cancel them in the calendar.</source>
            <translation>
                <numerusform>这些日子已安排的 %n 个场次仍然保留：请在日程中改期或取消。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n day(s) open again.</source>
            <translation>
                <numerusform>已恢复开放 %n 天。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColorButton</name>
        <message>
            <location filename="../../ui/dialogs/organization_dialog.py" line="+91" />
            <source>Program colour</source>
            <translation>品牌项目颜色</translation>
        </message>
    </context>
    <context>
        <name>ColumnMatchModel</name>
        <message>
            <location filename="../../ui/models/schedule_rows.py" line="+125" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First row</source>
            <translation>第一行</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 (optional)</source>
            <translation>%1（可选）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>— not in the file</source>
            <translation>— 文件中没有</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="+139" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file's headers were matched to these fields. If one is wrong, rename the header in the file and read it again.</source>
            <translation>已按文件的表头对应到以下字段。如有不对，请在文件中修改表头后重新读取。</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>%1, sheet %2: %n row(s).</source>
            <translation>
                <numerusform>%1，工作表 %2：共 %n 行。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CorrectTimesDialog</name>
        <message>
            <location filename="../../ui/volunteers/correct_dialog.py" line="+31" />
            <source>Correct check-in and check-out</source>
            <translation>更正上岗和离岗时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volunteer:</source>
            <translation>志愿者：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checked &amp;in at</source>
            <translation>上岗时间(&amp;I)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Checked &amp;out at</source>
            <translation>离岗时间(&amp;O)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Why (required):</source>
            <translation>原因（必填）(&amp;W)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. forgot to scan out; confirmed by the hall lead</source>
            <translation>例如：忘记扫码离岗，已由展厅负责人确认</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../ui/dialogs/crash_dialog.py" line="+55" />
            <source>Something went wrong. Your saved data is safe; the last action may not have been completed.</source>
            <translation>程序出现意外错误。已保存的数据不受影响，但刚才的操作可能没有完成。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No log file could be written.</source>
            <translation>无法写入日志文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The details are also in the log file:</source>
            <translation>详细信息也已写入日志文件：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+62" />
            <source>Show details</source>
            <translation>显示详细信息</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Unexpected errors so far: %1</source>
            <translation>目前已发生的意外错误：%1 个</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Hide details</source>
            <translation>隐藏详细信息</translation>
        </message>
    </context>
    <context>
        <name>CrudTable</name>
        <message>
            <location filename="../../ui/widgets/crud_table.py" line="+75" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ed&amp;it…</source>
            <translation>编辑(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabase</name>
        <message>
            <location filename="../../ui/backup/damaged.py" line="+20" />
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database file %1 is damaged: some data may be missing or wrong.</source>
            <translation>数据库文件 %1 已损坏：部分数据可能丢失或有误。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>There is no backup of it. Make no more changes, close the program and ask for help; keep the file as it is.</source>
            <translation>这个数据库没有备份。请不要再做任何修改，关闭程序并寻求技术支持；请保留该文件原样。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The latest backup is from %1. Put it back now? What was changed since then is lost; the damaged file is kept as a backup too.</source>
            <translation>最近一次备份是 %1。现在恢复吗？此后所做的更改将会丢失；损坏的文件也会另存为一份备份。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restore the latest backup</source>
            <translation>恢复最近的备份</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not now</source>
            <translation>暂不恢复</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/reports/dashboard_page.py" line="+50" />
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>报名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-shows</source>
            <translation>未到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fill rate</source>
            <translation>上座率</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Today's sessions</source>
            <translation>今日场次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Halls right now</source>
            <translation>场馆实时情况</translation>
        </message>
        <message>
            <location line="+65" />
            <source>This week (%1 to %2)</source>
            <translation>本周（%1 至 %2）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Updated at %1; refreshes every few seconds.</source>
            <translation>更新于 %1；每隔几秒自动刷新。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not refresh: %1</source>
            <translation>无法刷新：%1</translation>
        </message>
    </context>
    <context>
        <name>DemoLoader</name>
        <message>
            <location filename="../../ui/dialogs/demo_data.py" line="+41" />
            <source>Loading the demo season…</source>
            <translation>正在载入演示数据…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adding attendees: %1 of %2</source>
            <translation>正在添加观众：%1 / %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Creating organizations, halls and the season…</source>
            <translation>正在创建单位、场地和活动排期…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Welcome to SciPop Desk</source>
            <translation>欢迎使用科普工作台</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database is empty. Load the demo data?</source>
            <translation>数据库是空的。要载入演示数据吗？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The demo holds BAST and BJAST, the halls of Beijing Science Center and a season of events starting today, so you can try every part of the program. Do not load it into a database you will use for real work.</source>
            <translation>演示数据包括北京市科协、北京市科学技术研究院、北京科学中心的各个场地，以及从今天开始的一季活动，可用来体验程序的全部功能。请不要载入到正式使用的数据库中。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Don't ask again</source>
            <translation>不再询问</translation>
        </message>
    </context>
    <context>
        <name>EventDetailDialog</name>
        <message>
            <location filename="../../ui/pages/event_detail.py" line="+66" />
            <source>Totals</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Places</source>
            <translation>名额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filled</source>
            <translation>预约率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Halls</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>系列</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Add &amp;session…</source>
            <translation>添加场次(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add se&amp;ries…</source>
            <translation>添加系列(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit session…</source>
            <translation>编辑场次(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Cancel session…</source>
            <translation>取消场次(&amp;C)…</translation>
        </message>
        <message>
            <location line="+90" />
            <source>No organizers yet.</source>
            <translation>尚无主办单位。</translation>
        </message>
        <message>
            <location line="+130" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The event's sessions, organizers and totals (Ctrl+O)</source>
            <translation>活动的场次、主办单位与合计（Ctrl+O）</translation>
        </message>
        <message>
            <location line="-143" />
            <source>Co-organizers:</source>
            <translation>协办单位：</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Lead organizer:</source>
            <translation>主办单位：</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py" line="+56" />
            <source>Edit event</source>
            <translation>编辑活动</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New event</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Robot Cup Beijing Regional</source>
            <translation>例如：机器人杯赛 北京赛区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English title:</source>
            <translation>英文标题(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Program:</source>
            <translation>品牌项目(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organizers:</source>
            <translation>主办/协办单位：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description:</source>
            <translation>简介(&amp;D)：</translation>
        </message>
        <message>
            <location line="+41" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New organization…</source>
            <translation>新建单位…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set as &amp;lead</source>
            <translation>设为主办(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+29" />
            <source>(no program)</source>
            <translation>（不属于品牌项目）</translation>
        </message>
    </context>
    <context>
        <name>EventSessionsModel</name>
        <message>
            <location filename="../../ui/models/event_sessions.py" line="+18" />
            <source>Scheduled</source>
            <translation>已安排</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series #%1</source>
            <translation>系列 #%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked / places</source>
            <translation>已预约 / 名额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>系列</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../ui/models/events.py" line="+31" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Program</source>
            <translation>品牌项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead organizer</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co-organizers</source>
            <translation>协办单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../../ui/pages/events.py" line="+26" />
            <source>Filter by title, organizer or program…</source>
            <translation>按标题、主办/协办单位或品牌项目筛选…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message numerus="yes">
            <location line="+35" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>共 %n 个活动</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 shown</source>
            <translation>显示 %1 / 共 %2 个</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Delete event</source>
            <translation>删除活动</translation>
        </message>
    </context>
    <context>
        <name>FeedModel</name>
        <message>
            <location filename="../../ui/station/feed.py" line="+33" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Door</source>
            <translation>检票口</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <location filename="../../ui/reports/models.py" line="+56" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../ui/dialogs/files.py" line="+61" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 file</source>
            <translation>%1 文件</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="-95" />
            <source>Choose the schedule file</source>
            <translation>选择日程文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A spreadsheet (.xlsx, .xls, .ods or .csv) with one session per row.</source>
            <translation>电子表格（.xlsx、.xls、.ods 或 .csv），每行一个场次。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type a file's path or choose it</source>
            <translation>输入文件路径，或点击选择</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Columns (any order, English or Chinese headers): event (活动), hall (场地), date (日期), start (开始), end (结束); optional: places (容量), title (标题). A file with any bad row imports nothing.</source>
            <translation>列（顺序不限，表头可用中文或英文）：活动 (event)、场地 (hall)、日期 (date)、开始 (start)、结束 (end)；可选：容量 (places)、标题 (title)。文件中只要有一行有误，就不会导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>HallsModel</name>
        <message>
            <location filename="../../ui/reports/models.py" line="+49" />
            <source>Hall</source>
            <translation>场馆</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside now</source>
            <translation>当前在场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occupancy</source>
            <translation>占用率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions on</source>
            <translation>进行中场次</translation>
        </message>
    </context>
    <context>
        <name>HoursModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="+31" />
            <source>Volunteer</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+39" />
            <source>Organization</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="-38" />
            <location line="+40" />
            <source>Shifts</source>
            <translation>班次</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+40" />
            <location line="+39" />
            <source>Planned (h)</source>
            <translation>计划（小时）</translation>
        </message>
        <message>
            <location line="-78" />
            <location line="+40" />
            <location line="+39" />
            <source>Worked (h)</source>
            <translation>实际（小时）</translation>
        </message>
        <message>
            <location line="-78" />
            <location line="+40" />
            <source>No-shows</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Volunteers</source>
            <translation>志愿者人数</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall / session</source>
            <translation>场地 / 场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Correction</source>
            <translation>更正说明</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <location filename="../../ui/volunteers/hours.py" line="+56" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>t&amp;o</source>
            <translation>至(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This &amp;month</source>
            <translation>本月(&amp;M)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both tables as a CSV file that Excel and WPS open (UTF-8, Chinese intact)</source>
            <translation>把两张表导出为 Excel 和 WPS 都能打开的 CSV 文件（UTF-8，中文不乱码）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Double-click (or Enter) for the volunteer's shifts</source>
            <translation>双击（或按回车）查看该志愿者的班次</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Per volunteer</source>
            <translation>按志愿者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per organization</source>
            <translation>按单位</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No hours in this period</source>
            <translation>这段时间没有工时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hours come from shifts and badge check-ins: the planned hours of the shifts volunteers are assigned to on the Staffing tab, and the hours between their badge check-in and check-out. Pick another period above, or plan shifts.</source>
            <translation>工时来自班次和工作证签到：计划工时是志愿者在“排班”页被安排的班次时长，实际工时是刷工作证上岗与离岗之间的时长。请在上方选择其他时间段，或先安排班次。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Go to S&amp;taffing</source>
            <translation>去排班(&amp;T)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;New shift…</source>
            <translation>新建班次(&amp;N)…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The end of the period is before its start.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>%n volunteer(s)</source>
            <translation>
                <numerusform>%n 名志愿者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>planned %1 h · worked %2 h</source>
            <translation>计划 %1 小时 · 实际 %2 小时</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>缺勤 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Volunteer hours</source>
            <translation>志愿者工时</translation>
        </message>
        <message>
            <location line="+20" />
            <source>volunteer hours %1</source>
            <translation>志愿者工时 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export volunteer hours</source>
            <translation>导出志愿者工时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
    </context>
    <context>
        <name>ImportAttendeesDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_attendees.py" line="+54" />
            <source>Import registrations</source>
            <translation>导入报名</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The session named in each row (a 场次 / session column)</source>
            <translation>每行自己写明的场次（“场次”列）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rows past a session's capacity join its waiting list (else they are bad rows)</source>
            <translation>超出场次容量的行进入候补名单（否则算作问题行）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exports of online forms work as they are: Chinese or English headers such as 姓名, 手机号, 单位/学校, 类别, 场次, 人数.</source>
            <translation>在线报名表导出的文件可直接使用：中文或英文表头，例如 姓名、手机号、单位/学校、类别、场次、人数。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The good rows hold %1 place(s); %2 row(s) would join a waiting list.</source>
            <translation>无误的行共 %1 个名额；其中 %2 行将进入候补名单。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The good rows hold %1 place(s).</source>
            <translation>无误的行共 %1 个名额。</translation>
        </message>
        <message>
            <location line="-67" />
            <source>Every row is for</source>
            <translation>所有行的场次</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading the form's answers…</source>
            <translation>正在读取表单中的回答…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Imported %1 registration(s) for %2 place(s); %3 new attendee(s).</source>
            <translation>已导入 %1 条报名，共 %2 个名额；新增观众 %3 人。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 on a waiting list.</source>
            <translation>%1 条进入候补名单。</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="+77" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ImportSessionsDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="+194" />
            <location line="+49" />
            <source>Import schedule</source>
            <translation>导入日程</translation>
        </message>
        <message>
            <location filename="../../ui/models/schedule_rows.py" line="-42" />
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Places</source>
            <translation>容量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session title</source>
            <translation>场次标题</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="+2" />
            <source>Spreadsheets (%1);;All files (*)</source>
            <translation>电子表格 (%1);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Importing: %1 of %2 rows…</source>
            <translation>正在导入：第 %1 / %2 行…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancelled; nothing was imported.</source>
            <translation>已取消；未导入任何内容。</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>%n row(s) have problems; nothing can be imported until the file is fixed.</source>
            <translation>
                <numerusform>%n 行有问题；修正文件之前无法导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>共读取 %n 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>All %n row(s) can be imported.</source>
            <translation>
                <numerusform>全部 %n 行均可导入。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
    </context>
    <context>
        <name>ImportVolunteersDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_volunteers.py" line="+56" />
            <source>Import volunteers</source>
            <translation>导入志愿者</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add the organizations that are not in the list yet (else their rows are bad rows)</source>
            <translation>自动添加单位列表中还没有的单位（否则这些行算作问题行）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chinese or English headers such as 姓名, 手机号, 单位/组织, 技能/特长, 语言/外语, 邮箱, 备注. A phone already on the roster, or twice in the file, is a bad row: one phone, one person.</source>
            <translation>可用中文或英文表头，如 姓名、手机号、单位/组织、技能/特长、语言/外语、邮箱、备注。手机号已在名册中或在文件中出现两次的行算作问题行：一个手机号对应一个人。</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n new organization(s) will be added: %1.</source>
            <translation>
                <numerusform>将新增 %n 个单位：%1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Imported %n volunteer(s).</source>
            <translation>
                <numerusform>已导入 %n 名志愿者。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Added %n organization(s): %1.</source>
            <translation>
                <numerusform>已新增 %n 个单位：%1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InlineProgress</name>
        <message>
            <location filename="../../ui/operations/progress.py" line="+126" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../ui/dialogs/language.py" line="+17" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SciPop Desk will be shown in %1 after a restart. Restart now?</source>
            <translation>重新启动后，科普工作台将以“%1”显示。现在重新启动吗？</translation>
        </message>
    </context>
    <context>
        <name>LimitsDialog</name>
        <message>
            <location filename="../../ui/volunteers/limits_dialog.py" line="+29" />
            <source>Volunteer rules</source>
            <translation>志愿者排班规则</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Assigning someone past these limits asks first. They apply on every PC that uses this database.</source>
            <translation>安排超出这些上限时会先询问。规则对使用此数据库的每台电脑都有效。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Most hours in one &amp;day:</source>
            <translation>每天最多小时数(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Most hours in a &amp;row:</source>
            <translation>连续最多小时数(&amp;R)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Badge check-in opens &amp;before a shift:</source>
            <translation>班次开始前可提前签到(&amp;B)：</translation>
        </message>
    </context>
    <context>
        <name>LookupDialog</name>
        <message>
            <location filename="../../ui/station/dialogs.py" line="+64" />
            <source>Look up a visitor</source>
            <translation>查找观众</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name, pinyin initials (ZW) or last 4 phone digits</source>
            <translation>姓名、拼音首字母（如 ZW）或手机号后 4 位</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Check in by hand</source>
            <translation>手动检票</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Nobody found for “%1”.</source>
            <translation>没有找到“%1”。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The search failed: %1</source>
            <translation>查找失败：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The search failed. Try again; if it keeps failing, tell the staff.</source>
            <translation>查找失败。请重试；如果一直失败，请告知工作人员。</translation>
        </message>
    </context>
    <context>
        <name>LookupModel</name>
        <message>
            <location filename="../../ui/station/feed.py" line="+68" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School / organization</source>
            <translation>学校/单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>已到</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+53" />
            <source>Events</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar</source>
            <translation>日程</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendees</source>
            <translation>观众</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>检票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dashboard</source>
            <translation>实时看板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venues &amp; rooms</source>
            <translation>场馆与场地</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Organizations &amp; programs</source>
            <translation>单位与品牌项目</translation>
        </message>
        <message>
            <location line="+57" />
            <source>SciPop Desk</source>
            <translation>科普工作台</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Database: %1 (read-only)</source>
            <translation>数据库：%1（只读）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This read-only database has an older schema (%1, this program's is %2) and cannot be upgraded; some pages may not work.</source>
            <translation>这个只读数据库的数据结构较旧（%1，本程序为 %2），无法升级；部分页面可能无法正常使用。</translation>
        </message>
        <message>
            <location line="+71" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Load &amp;demo data…</source>
            <translation>载入演示数据(&amp;D)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open a &amp;check-in station…</source>
            <translation>打开检票站(&amp;C)…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About SciPop Desk</source>
            <translation>关于科普工作台(&amp;A)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Load a season of demo events to try the program.</source>
            <translation>载入一季演示活动，用来体验本程序。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database already holds data; demo data is only loaded into an empty one.</source>
            <translation>数据库中已有数据；演示数据只能载入空数据库。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>About SciPop Desk</source>
            <translation>关于科普工作台</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;h3&gt;SciPop Desk %1&lt;/h3&gt;&lt;p&gt;Schedules the science-popularization events of BAST and BJAST in the halls of Beijing Science Center, staffs them with volunteers, admits visitors with signed QR tickets and reports on them.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</source>
            <translation>&lt;h3&gt;科普工作台 SciPop Desk %1&lt;/h3&gt;&lt;p&gt;为北京市科协和北京市科学技术研究院的科普活动在北京科学中心各场地排期，安排志愿者，以防伪二维码门票验票入场，并生成统计报表。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未做任何更改。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Demo data loaded: %1 events, %2 sessions in %3 rooms.</source>
            <translation>演示数据已载入：%1 个活动，%2 个场次，分布在 %3 个场地。</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../ui/reports/mapping_dialog.py" line="+53" />
            <source>Survey categories</source>
            <translation>统计类别</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Each kind of event counts under one category of the national science-popularization survey (全国科普统计) on the National statistics sheet. Double-click a category to change it; the choice is kept in the database.</source>
            <translation>每种活动类型在“全国科普统计”工作表中计入全国科普统计的一个类别。双击类别即可修改；设置保存在数据库中。</translation>
        </message>
    </context>
    <context>
        <name>MappingModel</name>
        <message>
            <location filename="../../ui/reports/models.py" line="+23" />
            <source>Event kind</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts in the survey as</source>
            <translation>计入统计类别</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../../ui/dialogs/move_dialog.py" line="+40" />
            <source>Move to another session</source>
            <translation>改签到其他场次</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ticket</source>
            <translation>门票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>当前场次</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to</source>
            <translation>改到</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The printed code stays valid. Places freed here go to this session's waiting list.</source>
            <translation>已打印的票码继续有效。空出的名额给本场次的候补名单。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Session full</source>
            <translation>场次已满</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Put the ticket on that session's waiting list instead?</source>
            <translation>改为进入该场次的候补名单？</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceModel</name>
        <message>
            <location filename="../../ui/models/occurrences.py" line="+31" />
            <source>As planned</source>
            <translation>按计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move</source>
            <translation>改时间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved</source>
            <translation>已改时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clash</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outside hours</source>
            <translation>超出开放时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed day</source>
            <translation>闭馆日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excluded</source>
            <translation>已排除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location line="+23" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>处理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to</source>
            <translation>改到</translation>
        </message>
    </context>
    <context>
        <name>OrgHoursModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="-34" />
            <source>(no organization)</source>
            <translation>（无单位）</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../ui/dialogs/organization_dialog.py" line="-59" />
            <source>Edit organization</source>
            <translation>编辑单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New organization</source>
            <translation>新建单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name (Chinese):</source>
            <translation>中文名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English name:</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Short name:</source>
            <translation>简称(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. BAST</source>
            <translation>例如：BAST</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Contact person:</source>
            <translation>联系人(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>OrganizationTableModel</name>
        <message>
            <location filename="../../ui/models/organizations.py" line="+43" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
    </context>
    <context>
        <name>OrganizationsPage</name>
        <message>
            <location filename="../../ui/pages/organizations.py" line="+23" />
            <source>Filter organizations…</source>
            <translation>筛选单位…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New &amp;organization…</source>
            <translation>新建单位(&amp;O)…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New &amp;program…</source>
            <translation>新建品牌项目(&amp;P)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organizations</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Programs</source>
            <translation>品牌项目</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Delete organization</source>
            <translation>删除单位</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Delete program</source>
            <translation>删除品牌项目</translation>
        </message>
    </context>
    <context>
        <name>OrganizerListModel</name>
        <message>
            <location filename="../../ui/models/organizers.py" line="+24" />
            <source>Organization</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../ui/pages/base.py" line="+106" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1”?
This cannot be undone.</source>
            <translation>确定删除“%1”吗？
删除后无法恢复。</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <location filename="../../ui/dialogs/organization_dialog.py" line="+58" />
            <source>Edit program</source>
            <translation>编辑品牌项目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New program</source>
            <translation>新建品牌项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name (Chinese):</source>
            <translation>中文名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English name:</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Colour:</source>
            <translation>颜色(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description:</source>
            <translation>简介(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>ProgramTableModel</name>
        <message>
            <location filename="../../ui/models/organizations.py" line="+27" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>简介</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../ui/operations/progress.py" line="-87" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../ui/dialogs/files.py" line="-25" />
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../ui/dialogs/register_dialog.py" line="+54" />
            <source>%1 (%2 free)</source>
            <translation>%1（余 %2）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (full)</source>
            <translation>%1（已满）</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Register for a session</source>
            <translation>报名场次</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type a name or phone of someone registered…</source>
            <translation>输入已登记观众的姓名或电话…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Registered before?</source>
            <translation>曾经报名？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>13800138000</source>
            <translation>13800138000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organization or school</source>
            <translation>单位或学校</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One person</source>
            <translation>个人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A group of</source>
            <translation>团体，人数</translation>
        </message>
        <message>
            <location line="+8" />
            <source> people</source>
            <translation> 人</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Ticket</source>
            <translation>门票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A school class is one group ticket: one code for everyone.</source>
            <translation>一个班级使用一张团体票：全班共用一个票码。</translation>
        </message>
        <message>
            <location line="+65" />
            <source>%1 of %2 places taken, %3 free.</source>
            <translation>已报 %1 / 共 %2 个名额，余 %3 个。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not enough places: the ticket would join the waiting list.</source>
            <translation>名额不足：该门票将进入候补名单。</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Session full</source>
            <translation>场次已满</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put them on the waiting list? They get a ticket when places free up, in the order they joined.</source>
            <translation>加入候补名单吗？有名额空出时按候补顺序发放门票。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/reports/page.py" line="+51" />
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location line="+9" />
            <source>All sessions</source>
            <translation>全部场次</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Leave out personal data (emails; phones masked)</source>
            <translation>去除个人信息（不含电子邮箱，电话部分隐藏）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Program</source>
            <translation>品牌项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of the workbook</source>
            <translation>报表语言</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scope</source>
            <translation>统计范围</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the attendance workbook (.xlsx) or the attendance detail (.csv)</source>
            <translation>保存出席情况工作簿（.xlsx）或签到明细（.csv）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Survey categories…</source>
            <translation>统计类别…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Key figures</source>
            <translation>主要数据</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open the file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location line="+45" />
            <source>All programs</source>
            <translation>全部品牌项目</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All events</source>
            <translation>全部活动</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>报名人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>签到人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-shows (ended sessions)</source>
            <translation>未到人数（已结束场次）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show rate</source>
            <translation>未到率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-ins</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In school groups</source>
            <translation>学生团体人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fill rate</source>
            <translation>上座率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tickets</source>
            <translation>票数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scans at the door</source>
            <translation>入口扫码次数</translation>
        </message>
        <message>
            <location line="+14" />
            <source>attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export the report</source>
            <translation>导出报表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excel workbook (*.xlsx);;CSV, attendance detail (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 签到明细 (*.csv)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Saving %1…</source>
            <translation>正在保存 %1…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writing %1: %2 of %3 rows</source>
            <translation>正在写入 %1：第 %2 行，共 %3 行</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cancelled; nothing was saved.</source>
            <translation>已取消，未保存任何文件。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The report could not be written: %1</source>
            <translation>无法写入报表：%1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Survey categories saved.</source>
            <translation>统计类别已保存。</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="-193" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n session(s) imported from %1; they are on the calendar.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 个场次，已显示在日程中。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <location filename="../../ui/dialogs/venue_dialog.py" line="+86" />
            <source>Edit room</source>
            <translation>编辑场地</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New room</source>
            <translation>新建场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Venue:</source>
            <translation>所属场馆(&amp;V)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name (Chinese):</source>
            <translation>中文名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English name:</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Capacity:</source>
            <translation>容量(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source> people</source>
            <translation> 人</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Opening &amp;hours:</source>
            <translation>开放时间(&amp;H)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Setup buffer:</source>
            <translation>布场时间(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Teardown buffer:</source>
            <translation>撤场时间(&amp;T)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sharing:</source>
            <translation>共用：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Several sessions may use this hall at the same time</source>
            <translation>允许多个场次同时使用该场地</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>RoomPicker</name>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="+118" />
            <source>Open %1–%2 · %3 places · buffers %4 / %5 min</source>
            <translation>开放 %1–%2 · %3 个名额 · 布场/撤场 %4 / %5 分钟</translation>
        </message>
        <message>
            <location line="+8" />
            <source> · shared hall (overlaps allowed)</source>
            <translation> · 可共用场地（允许时间重叠）</translation>
        </message>
    </context>
    <context>
        <name>RoomTableModel</name>
        <message>
            <location filename="../../ui/models/venues.py" line="+49" />
            <source>Room</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening hours</source>
            <translation>开放时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setup (min)</source>
            <translation>布场（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teardown (min)</source>
            <translation>撤场（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shareable</source>
            <translation>可共用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="-249" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>在岗</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message>
            <location filename="../../ui/volunteers/roster.py" line="+58" />
            <source>Search by name, pinyin initials (ZW) or phone digits…</source>
            <translation>按姓名、拼音首字母（ZW）或电话号码查找…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>All organizations</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only volunteers of this organization</source>
            <translation>只显示该单位的志愿者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any skill</source>
            <translation>任意技能</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only volunteers with this skill or language</source>
            <translation>只显示有该技能或语言的志愿者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active and inactive</source>
            <translation>在岗和停用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active only</source>
            <translation>仅在岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive only</source>
            <translation>仅停用</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;New volunteer…</source>
            <translation>新建志愿者(&amp;N)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print &amp;badge…</source>
            <translation>打印工作证(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the selected volunteers' badges with their personal check-in code</source>
            <translation>打印所选志愿者的工作证（含个人签到码）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re-issue bad&amp;ge…</source>
            <translation>补发工作证(&amp;G)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new code for a lost badge; the old badge stops checking in</source>
            <translation>为丢失的工作证换新码；旧证不能再签到</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import volunteers from a spreadsheet (.xlsx, .xls, .ods, .csv)</source>
            <translation>从表格导入志愿者（.xlsx、.xls、.ods、.csv）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Schedu&amp;le…</source>
            <translation>排班表(&amp;L)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The selected volunteers' schedules as PDF, .ics or PNG</source>
            <translation>所选志愿者的排班表，导出为 PDF、.ics 或 PNG</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No volunteers yet</source>
            <translation>还没有志愿者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add your volunteers one by one, or import them from a spreadsheet. Then create shifts on the Staffing tab and assign people to them.</source>
            <translation>逐个添加志愿者，或从表格导入。然后在“排班”页创建班次并安排人员。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Add volunteer…</source>
            <translation>添加志愿者(&amp;A)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>I&amp;mport from a spreadsheet…</source>
            <translation>从表格导入(&amp;M)…</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>%n volunteer(s)</source>
            <translation>
                <numerusform>%n 名志愿者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+78" />
            <location line="+7" />
            <location line="+7" />
            <location line="+4" />
            <source>Delete volunteer</source>
            <translation>删除志愿者</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Delete “%1”?
This cannot be undone.</source>
            <translation>删除“%1”？
此操作无法撤销。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Mark “%1” inactive now?</source>
            <translation>现在将“%1”设为停用？</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Mark inactive</source>
            <translation>设为停用</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+10" />
            <location line="+6" />
            <source>Re-issue badge</source>
            <translation>补发工作证</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Give “%1” a new badge code? The old badge will no longer check in; print the new badge next.</source>
            <translation>为“%1”换发新的工作证签到码？旧工作证将不能再签到；接下来请打印新证。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“%1” has a new badge code. Print the new badge now.</source>
            <translation>“%1”已有新的签到码。请现在打印新工作证。</translation>
        </message>
    </context>
    <context>
        <name>RowErrorModel</name>
        <message>
            <location filename="../../ui/models/import_rows.py" line="+34" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>有问题</translation>
        </message>
    </context>
    <context>
        <name>RowsPage</name>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="-93" />
            <source>Check the rows</source>
            <translation>检查各行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is imported until every row is right.</source>
            <translation>所有行都无误后才会导入。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only rows with problems</source>
            <translation>只显示有问题的行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Read again</source>
            <translation>重新读取(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the file again after fixing it</source>
            <translation>修改文件后重新读取</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Row %1:</source>
            <translation>第 %1 行：</translation>
        </message>
    </context>
    <context>
        <name>ScanTableModel</name>
        <message>
            <location filename="../../ui/models/scans.py" line="+25" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Station</source>
            <translation>检票点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ScheduleExportDialog</name>
        <message>
            <location filename="../../ui/volunteers/schedule_export.py" line="+70" />
            <source>Export schedules</source>
            <translation>导出排班表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The chosen volunteer(s)</source>
            <translation>所选志愿者</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Everyone's shifts on one day</source>
            <translation>某一天全体人员的班次</translation>
        </message>
        <message>
            <location line="+6" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF to print (A4)</source>
            <translation>PDF，用于打印（A4）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar file (.ics) for phones and Outlook</source>
            <translation>日历文件（.ics），可导入手机日历和 Outlook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Picture (PNG) for the group chat</source>
            <translation>图片（PNG），可发到微信群</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print each volunteer's check-in code (QR)</source>
            <translation>打印每位志愿者的签到码（二维码）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Select volunteers in the roster first to export their own schedules.</source>
            <translation>要导出个人排班表，请先在名册中选择志愿者。</translation>
        </message>
        <message numerus="yes">
            <location line="+34" />
            <source>%n volunteer(s): %1</source>
            <translation>
                <numerusform>%n 名志愿者：%1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>One picture per volunteer, named after them.</source>
            <translation>每位志愿者一张图片，以其姓名命名。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>schedule</source>
            <translation>排班表</translation>
        </message>
        <message>
            <location line="+18" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar file (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG picture (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save the schedule</source>
            <translation>保存排班表</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cancelled; nothing was saved.</source>
            <translation>已取消，未保存任何文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The schedule could not be written: %1</source>
            <translation>无法写入排班表：%1</translation>
        </message>
    </context>
    <context>
        <name>ScheduleRowsModel</name>
        <message>
            <location filename="../../ui/models/schedule_rows.py" line="-86" />
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>有问题</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Places</source>
            <translation>名额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>SeriesDialog</name>
        <message>
            <location filename="../../ui/dialogs/series_dialog.py" line="+113" />
            <source>New recurring series</source>
            <translation>新建重复系列</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Event:</source>
            <translation>活动(&amp;E)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hall:</source>
            <translation>场地(&amp;H)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;From:</source>
            <translation>开始日期(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>until</source>
            <translation>截止到</translation>
        </message>
        <message>
            <location line="+2" />
            <source>for</source>
            <translation>持续</translation>
        </message>
        <message>
            <location line="+4" />
            <source> week(s)</source>
            <translation> 周</translation>
        </message>
        <message>
            <location line="+7" />
            <source>E&amp;nds:</source>
            <translation>结束(&amp;N)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>On &amp;days:</source>
            <translation>每周(&amp;D)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>then every</source>
            <translation>之后每隔</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+20" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="-14" />
            <source>&amp;Starts at:</source>
            <translation>开始时间(&amp;S)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>last start</source>
            <translation>最后一场开始于</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Length:</source>
            <translation>时长(&amp;L)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Places:</source>
            <translation>名额(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>可不填</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Override the hall's buffers:</source>
            <translation>自定布场/撤场时间：</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min setup</source>
            <translation> 分钟布场</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min teardown</source>
            <translation> 分钟撤场</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Buffers:</source>
            <translation>缓冲时间(&amp;B)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Book outside opening hours</source>
            <translation>在开放时间以外预订</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave out closed days and holidays</source>
            <translation>跳过闭馆日和节假日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed d&amp;ays…</source>
            <translation>休馆日(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>See and edit the closed days and holidays of the hall's venue.</source>
            <translation>查看并编辑该场地所属场馆的休馆日与节假日。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rules:</source>
            <translation>规则：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave out this day</source>
            <translation>跳过这一天</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Double-click a day to take it off the list.</source>
            <translation>双击某一天可将其移出列表。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Also leave out:</source>
            <translation>另外跳过：</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Pre&amp;view</source>
            <translation>预览(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;kip every problem</source>
            <translation>跳过所有问题场次(&amp;K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skip selected</source>
            <translation>跳过所选</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep selected as planned</source>
            <translation>所选按计划保留</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only problems</source>
            <translation>只看问题</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;Create series</source>
            <translation>创建系列(&amp;C)</translation>
        </message>
        <message>
            <location line="+193" />
            <source>Press Preview to see every session the rule gives before creating it.</source>
            <translation>请先按“预览”查看规则产生的每个场次，再创建。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The rule has changed: press Preview again.</source>
            <translation>规则已修改：请再次按“预览”。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n occurrence(s) cannot be booked as planned. Skip or move each one (Action and Move to columns) before creating the series.</source>
            <translation>
                <numerusform>有 %n 个场次无法按计划预订。创建系列之前，请逐一跳过或改时间（“处理”和“改到”两列）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n session(s) will be created.</source>
            <translation>
                <numerusform>将创建 %n 个场次。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <location filename="../../ui/dialogs/session_actions.py" line="+32" />
            <location line="+55" />
            <source>Cancel session</source>
            <translation>取消场次</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Cancel the session “%1” on %2?</source>
            <translation>取消 %2 的场次“%1”吗？</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The hall becomes free again. Tickets already issued stay on record, so their holders can be told.</source>
            <translation>场地将重新空出。已发出的门票仍保留记录，以便通知持票人。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel this session</source>
            <translation>取消此场次</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel this and the following</source>
            <translation>取消此场次及之后的场次</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../../ui/dialogs/session_dialog.py" line="+79" />
            <source>Edit session</source>
            <translation>编辑场次</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New session</source>
            <translation>新建场次</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Event:</source>
            <translation>活动(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hall:</source>
            <translation>场地(&amp;H)：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Day and start:</source>
            <translation>日期与开始时间(&amp;D)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>E&amp;nd:</source>
            <translation>结束时间(&amp;N)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Places:</source>
            <translation>名额(&amp;P)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Override the hall's buffers:</source>
            <translation>自定布场/撤场时间：</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min setup</source>
            <translation> 分钟布场</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min teardown</source>
            <translation> 分钟撤场</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Buffers:</source>
            <translation>缓冲时间(&amp;B)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Book outside the hall's opening hours</source>
            <translation>在场地开放时间以外预订</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Book on a closed day</source>
            <translation>在闭馆日预订</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overrides:</source>
            <translation>例外：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional, e.g. Public lecture</source>
            <translation>可不填，例如：公众科学讲座</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This session only</source>
            <translation>仅此场次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This and the following sessions of the series</source>
            <translation>此场次及系列中之后的场次</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Apply to:</source>
            <translation>应用于：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancel session…</source>
            <translation>取消场次…</translation>
        </message>
        <message>
            <location line="+166" />
            <source>A session is booked in a hall for an event, and there are neither yet: add a venue and its halls, and create an event, first.</source>
            <translation>场次是为某个活动在某个场地安排的，而现在两者都还没有：请先添加场馆及其场地，并创建活动。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no hall to book yet: add a venue and its halls first.</source>
            <translation>还没有可预订的场地：请先添加场馆及其场地。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no event yet: create the event this session belongs to.</source>
            <translation>还没有活动：请先创建这个场次所属的活动。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The hall is free at this time.</source>
            <translation>该时段场地空闲。</translation>
        </message>
    </context>
    <context>
        <name>SetupHint</name>
        <message>
            <location filename="../../ui/widgets/setup_hint.py" line="+26" />
            <source>Add a venue and its halls…</source>
            <translation>添加场馆及场地…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create an event…</source>
            <translation>创建活动…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Book a session…</source>
            <translation>安排场次…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add an organization…</source>
            <translation>添加单位…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load demo data…</source>
            <translation>载入演示数据…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Sessions are booked in halls for events: add a venue and its halls, and create an event, first (or load the demo data to look around).</source>
            <translation>场次是为活动在场地中安排的：请先添加场馆及其场地，并创建活动（也可以载入演示数据先看看）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There are no halls to book yet: add a venue and its halls first.</source>
            <translation>还没有可预订的场地：请先添加场馆及其场地。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There are no events yet: create an event, then book its sessions.</source>
            <translation>还没有活动：请先创建活动，再安排它的场次。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No session is booked yet: book one in the Calendar.</source>
            <translation>还没有安排任何场次：请在日程中安排。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No session is booked yet: click an empty slot in a hall's column, or book one here.</source>
            <translation>还没有安排任何场次：点击某个场地列中的空白时段，或在这里安排。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No events yet. Create the first one (its organizers are added in the same dialog), then book its sessions in the Calendar.</source>
            <translation>还没有活动。请创建第一个活动（主办、协办单位在同一对话框中添加），然后在日程中安排场次。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No venues yet: add the venue and the halls where sessions take place, with their capacity and opening hours.</source>
            <translation>还没有场馆：请添加举办场次的场馆及其场地，包括容量和开放时间。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No organizations yet: add those that organize events (BAST, BJAST, schools).</source>
            <translation>还没有单位：请添加主办活动的单位（北京市科协、北京市科学技术研究院、学校等）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>People register for sessions.</source>
            <translation>观众报名的是场次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tickets are checked at the door of a session.</source>
            <translation>门票在场次入口检验。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The dashboard shows today's sessions as people arrive.</source>
            <translation>看板显示今天各场次的入场情况。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reports count the people of sessions.</source>
            <translation>报表统计各场次的人数。</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <location filename="../../ui/volunteers/shift_dialog.py" line="+64" />
            <source>Edit shift</source>
            <translation>编辑班次</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New shift</source>
            <translation>新建班次</translation>
        </message>
        <message>
            <location line="+5" />
            <source>At a &amp;session</source>
            <translation>对应场次(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In a &amp;hall for a time span</source>
            <translation>在场地内的时间段(&amp;H)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Where:</source>
            <translation>地点：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>S&amp;ession:</source>
            <translation>场次(&amp;E)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ha&amp;ll:</source>
            <translation>场地(&amp;L)：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;When:</source>
            <translation>时间(&amp;W)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Role:</source>
            <translation>岗位(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;People needed:</source>
            <translation>所需人数(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Required s&amp;kills:</source>
            <translation>所需技能(&amp;K)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 英语、急救 (optional)</source>
            <translation>例如：英语、急救（可不填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>ShiftLineModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="+280" />
            <source>no check-out</source>
            <translation>未扫码离岗</translation>
        </message>
    </context>
    <context>
        <name>ShiftLinesDialog</name>
        <message>
            <location filename="../../ui/volunteers/hours.py" line="+20" />
            <source>Shifts of %1</source>
            <translation>%1 的班次</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n shift(s)</source>
            <translation>
                <numerusform>%n 个班次</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>planned %1 h · worked %2 h</source>
            <translation>计划 %1 小时 · 实际 %2 小时</translation>
        </message>
    </context>
    <context>
        <name>ShiftPreviewModel</name>
        <message>
            <location filename="../../ui/volunteers/series_dialog.py" line="+54" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed</source>
            <translation>所需人数</translation>
        </message>
    </context>
    <context>
        <name>ShiftSeriesDialog</name>
        <message>
            <location line="+59" />
            <source>Shifts for a series</source>
            <translation>为系列场次排班</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A shift for every session of an event (or in a hall) in a period, e.g. two door scanners for every Sphere show this month.</source>
            <translation>为一段时间内某活动（或某场地）的每个场次各建一个班次，例如：本月每场球幕秀安排两名检票员。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Event:</source>
            <translation>活动(&amp;E)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Any event</source>
            <translation>任意活动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Hall:</source>
            <translation>场地(&amp;H)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any hall</source>
            <translation>任意场地</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+9" />
            <source>On:</source>
            <translation>星期：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Role:</source>
            <translation>岗位(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;People needed:</source>
            <translation>所需人数(&amp;P)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Required s&amp;kills:</source>
            <translation>所需技能(&amp;K)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 英语、急救 (optional)</source>
            <translation>例如：英语、急救（可不填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min before</source>
            <translation> 分钟（提前）</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min after</source>
            <translation> 分钟（延后）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Starts / ends:</source>
            <translation>开始 / 结束(&amp;S)：</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Pre&amp;view</source>
            <translation>预览(&amp;V)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Create shifts</source>
            <translation>创建班次(&amp;C)</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Changed: preview again before creating.</source>
            <translation>已修改：请重新预览后再创建。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Looking for the sessions…</source>
            <translation>正在查找场次…</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>%n shift(s) will be created.</source>
            <translation>
                <numerusform>将创建 %n 个班次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n session(s) already have this shift and are left out.</source>
            <translation>
                <numerusform>%n 个场次已有此班次，不再重复创建。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>All %n session(s) in that period already have this shift: nothing to create.</source>
            <translation>
                <numerusform>该时间段内的 %n 个场次都已有此班次：无需创建。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>No session in that period needs a new “%1” shift: nothing to create.</source>
            <translation>该时间段内没有场次需要新的“%1”班次：无需创建。</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetImportDialog</name>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="+79" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+70" />
            <source>A .xlsx, .xls, .ods or .csv file</source>
            <translation>.xlsx、.xls、.ods 或 .csv 文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The first rows of the file:</source>
            <translation>文件的前几行：</translation>
        </message>
        <message>
            <location line="-127" />
            <source>1. Choose the file</source>
            <translation>1. 选择文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Which column holds what</source>
            <translation>2. 对应各列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2b. What the form's answers mean</source>
            <translation>2b. 表单中的回答分别对应什么</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Check the rows</source>
            <translation>3. 检查各行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location line="+239" />
            <source>Import only the %1 good row(s)</source>
            <translation>只导入 %1 条无误的行</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose a spreadsheet</source>
            <translation>选择表格文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Spreadsheets (%1)</source>
            <translation>表格文件 (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>— not in this file —</source>
            <translation>— 文件中没有 —</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(column %1)</source>
            <translation>（第 %1 列）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mapping you confirmed for this form last time is filled in.</source>
            <translation>已填入上次为此表单确认的对应关系。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Guessed from the headers: check each field.</source>
            <translation>根据表头推测得出，请逐项核对。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 row(s) on sheet “%3”.</source>
            <translation>%1：工作表“%3”共 %2 行。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Checking every row…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing is imported while rows have problems: fix the file and choose it again, or import only the good rows.</source>
            <translation>有问题行时不会导入任何数据：请修改文件后重新选择，或只导入无误的行。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 row(s) read: %2 good, %3 with problems.</source>
            <translation>共读取 %1 行：%2 行无误，%3 行有问题。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Skipped %1 bad row(s): %2.</source>
            <translation>跳过 %1 条问题行：%2。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cancelled; nothing was imported.</source>
            <translation>已取消；未导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>StaffingModel</name>
        <message>
            <location filename="../../ui/volunteers/models.py" line="-259" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session / event</source>
            <translation>场次 / 活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staffed</source>
            <translation>到位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assigned</source>
            <translation>已安排</translation>
        </message>
        <message>
            <location line="+13" />
            <source>(hall shift)</source>
            <translation>（场地班次）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 missing</source>
            <translation>缺 %1 人</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Under-staffed: %1 of %2 assigned</source>
            <translation>人手不足：已安排 %1 / %2 人</translation>
        </message>
    </context>
    <context>
        <name>StaffingTab</name>
        <message>
            <location filename="../../ui/volunteers/staffing.py" line="+79" />
            <source>◀ &amp;Previous day</source>
            <translation>◀ 前一天(&amp;P)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The day before (Alt+Left)</source>
            <translation>前一天（Alt+左）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Today</source>
            <translation>今天(&amp;T)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next day ▶</source>
            <translation>后一天(&amp;N) ▶</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The day after (Alt+Right)</source>
            <translation>后一天（Alt+右）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;New shift…</source>
            <translation>新建班次(&amp;N)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shifts for a &amp;series…</source>
            <translation>为系列场次排班(&amp;S)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create a shift for every session of an event or hall in a period</source>
            <translation>为一段时间内某活动或场地的每个场次创建班次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit shift…</source>
            <translation>编辑班次(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete shift…</source>
            <translation>删除班次(&amp;L)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Schedule of the &amp;day…</source>
            <translation>当天排班表(&amp;D)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everyone's shifts on this day as PDF, .ics or PNG, to print or post</source>
            <translation>当天所有人的班次，导出为 PDF、.ics 或 PNG，用于打印或发群</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rules…</source>
            <translation>规则(&amp;R)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Most hours a day and in a row before assigning asks first; badge check-in</source>
            <translation>每天和连续工作的小时上限（超出时安排前先询问）；胸卡签到时间</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Assign…</source>
            <translation>安排(&amp;A)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pick a volunteer for the shift (or drag one onto it)</source>
            <translation>为班次选择志愿者（或把志愿者拖到班次上）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unassign</source>
            <translation>取消安排(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No-s&amp;how</source>
            <translation>缺勤(&amp;H)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Correct times…</source>
            <translation>更正时间(&amp;C)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Correct the check-in and check-out times (with a note; audited)</source>
            <translation>更正上岗和离岗时间（需填写原因；记入审计）</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Drag a volunteer onto a shift to assign them; double-click to pick one.</source>
            <translation>把志愿者拖到班次上即可安排；双击可选择人员。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No shifts on this day</source>
            <translation>当天没有班次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a shift for a session or a hall, or shifts for every session of an event at once; then assign volunteers to them.</source>
            <translation>为场次或场地创建班次，或一次为某活动的所有场次创建班次；然后安排志愿者。</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+174" />
            <source>On this shift</source>
            <translation>本班次人员</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Filter by name, organization or skill…</source>
            <translation>按姓名、单位或技能筛选…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Drag someone onto a shift, or double-click to assign them to the chosen one.</source>
            <translation>把人拖到班次上，或双击将其安排到所选班次。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Free first; then people with warnings; those who clash are greyed.</source>
            <translation>空闲者在前，其次是有提醒的人；时间冲突者显示为灰色。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Assign &amp;chosen</source>
            <translation>安排所选(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>%n shift(s)</source>
            <translation>
                <numerusform>%n 个班次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n under-staffed</source>
            <translation>
                <numerusform>%n 个人手不足</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Choose a shift to see who is free for it.</source>
            <translation>选择一个班次，查看谁有空。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who is free for %1</source>
            <translation>%1 可安排的人员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On this shift: %1 of %2 needed</source>
            <translation>本班次人员：已有 %1 人，需要 %2 人</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Delete the shift “%1” %2?</source>
            <translation>删除班次“%1” %2？</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n volunteer(s) assigned to it will be taken off.</source>
            <translation>
                <numerusform>已安排的 %n 名志愿者将被移出。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+4" />
            <source>Delete shift</source>
            <translation>删除班次</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Unassign</source>
            <translation>取消安排</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take “%1” off this shift?</source>
            <translation>将“%1”移出本班次？</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No-show</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record that “%1” did not come to this shift?</source>
            <translation>记录“%1”本班次缺勤？</translation>
        </message>
    </context>
    <context>
        <name>StationWindow</name>
        <message>
            <location filename="../../ui/station/window.py" line="+97" />
            <source>Check-in station — %1</source>
            <translation>检票站 — %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Scan a ticket (or type its code and Enter)</source>
            <translation>请扫描门票（或输入票码后按回车）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This session is cancelled</source>
            <translation>本场次已取消</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo last</source>
            <translation>撤销上一次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exit mode</source>
            <translation>离场模式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>−1 left</source>
            <translation>离场 −1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look up</source>
            <translation>查找</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-in</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group −1</source>
            <translation>团体 −1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group +1</source>
            <translation>团体 +1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move here</source>
            <translation>改到本场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supervisor: admit</source>
            <translation>主管放行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave</source>
            <translation>退出</translation>
        </message>
        <message>
            <location line="+138" />
            <location line="+347" />
            <source>Not done</source>
            <translation>操作未完成</translation>
        </message>
        <message>
            <location line="-219" />
            <source>EXIT: scan people out</source>
            <translation>离场：扫码离场</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Supervisor PIN to admit past capacity:</source>
            <translation>输入主管 PIN，超出容量放行：</translation>
        </message>
        <message>
            <location line="+110" />
            <source>No session open in this hall now</source>
            <translation>此场地当前没有开放的场次</translation>
        </message>
        <message>
            <location line="-494" />
            <source>Operator: %1</source>
            <translation>操作员：%1</translation>
        </message>
        <message>
            <location line="+513" />
            <source>Checked in %1 / registered %2 / capacity %3</source>
            <translation>已检票 %1 / 已报名 %2 / 容量 %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In the hall now: %1 / %2</source>
            <translation>场内现有：%1 / %2</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Leave the station</source>
            <translation>退出检票站</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Staff PIN to leave:</source>
            <translation>输入工作人员 PIN 退出：</translation>
        </message>
        <message>
            <location line="+24" />
            <source>That is not the staff PIN.</source>
            <translation>这不是工作人员 PIN。</translation>
        </message>
    </context>
    <context>
        <name>SurveyCategory</name>
        <message>
            <location filename="../../ui/reports/models.py" line="-113" />
            <source>Lectures (科普(技)讲座)</source>
            <translation>科普(技)讲座</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special exhibitions (科普(技)专题展览)</source>
            <translation>科普(技)专题展览</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Competitions (科普(技)竞赛)</source>
            <translation>科普(技)竞赛</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trainings (实用技术培训)</source>
            <translation>实用技术培训</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open days of research institutes (科研机构向社会开放)</source>
            <translation>科研机构、大学向社会开放</translation>
        </message>
        <message>
            <location line="+3" />
            <source>International exchanges (科普国际交流)</source>
            <translation>科普国际交流</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not counted</source>
            <translation>不计入</translation>
        </message>
    </context>
    <context>
        <name>TicketPanel</name>
        <message>
            <location filename="../../ui/widgets/ticket_panel.py" line="+47" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization / school</source>
            <translation>单位/学校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket</source>
            <translation>门票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>已到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First scan</source>
            <translation>首次入场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>票码</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Scans at the door</source>
            <translation>入口扫码记录</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Select a row to see its ticket and scans.</source>
            <translation>选择一行，查看门票和扫码记录。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Not scanned yet.</source>
            <translation>尚未扫码。</translation>
        </message>
    </context>
    <context>
        <name>TicketPrintDialog</name>
        <message>
            <location filename="../../ui/printing/print_dialog.py" line="+89" />
            <location line="+74" />
            <source>Print tickets</source>
            <translation>打印门票</translation>
        </message>
        <message>
            <location line="-69" />
            <source>A4 sheets, eight tickets a page</source>
            <translation>A4 纸，每页 8 张</translation>
        </message>
        <message>
            <location line="+1" />
            <source>80 mm thermal printer, one a ticket</source>
            <translation>80 毫米热敏打印机，每张一票</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Admission ticket</source>
            <translation>入场券</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Badge</source>
            <translation>参会证</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tickets</source>
            <translation>门票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layout</source>
            <translation>版式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print as</source>
            <translation>打印为</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as P&amp;DF…</source>
            <translation>另存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Making the tickets…</source>
            <translation>正在生成门票…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Making the tickets: %1 of %2</source>
            <translation>正在生成门票：%1 / %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing to print: only active tickets have a code to print.</source>
            <translation>没有可打印的门票：只有有效门票才有票码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 ticket(s) on %2 page(s).</source>
            <translation>共 %1 张门票，%2 页。</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Print preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Save tickets as PDF</source>
            <translation>将门票保存为 PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
    </context>
    <context>
        <name>TodaySessionsModel</name>
        <message>
            <location filename="../../ui/reports/models.py" line="+39" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall</source>
            <translation>场馆</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capacity</source>
            <translation>容量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>报名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fill rate</source>
            <translation>上座率</translation>
        </message>
    </context>
    <context>
        <name>ValueMappingWidget</name>
        <message>
            <location filename="../../ui/dialogs/value_mapping.py" line="+106" />
            <source>The form's answers below are not session numbers, numbers or categories as such. Check what each one means; suggestions and last time's choices are filled in. Rows whose answer stays unchosen are listed as problems.</source>
            <translation>下列表单回答不是场次编号、数字或类别本身。请逐一确认它们的含义；建议值和上次的选择已经填好。回答未选择对应项的行将被列为有问题的行。</translation>
        </message>
    </context>
    <context>
        <name>VenueDialog</name>
        <message>
            <location filename="../../ui/dialogs/venue_dialog.py" line="-88" />
            <source>Edit venue</source>
            <translation>编辑场馆</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New venue</source>
            <translation>新建场馆</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name (Chinese):</source>
            <translation>中文名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;English name:</source>
            <translation>英文名称(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>VenueTableModel</name>
        <message>
            <location filename="../../ui/models/venues.py" line="-51" />
            <source>Venue</source>
            <translation>场馆</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rooms</source>
            <translation>场地</translation>
        </message>
    </context>
    <context>
        <name>VenuesPage</name>
        <message>
            <location filename="../../ui/pages/venues.py" line="+28" />
            <source>New &amp;venue…</source>
            <translation>新建场馆(&amp;V)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Closed days and holidays…</source>
            <translation>休馆日与节假日(&amp;C)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The days this venue takes no sessions: public holidays, maintenance.</source>
            <translation>本场馆不安排场次的日子：法定节假日、设备检修等。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New &amp;room…</source>
            <translation>新建场地(&amp;R)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Venues</source>
            <translation>场馆</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+53" />
            <source>Rooms</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rooms of %1</source>
            <translation>%1的场地</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Delete venue</source>
            <translation>删除场馆</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Closed days and holidays</source>
            <translation>休馆日与节假日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed days belong to a venue, and there is none yet. Add one now?</source>
            <translation>休馆日属于某个场馆，而现在还没有场馆。现在添加吗？</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Delete room</source>
            <translation>删除场地</translation>
        </message>
    </context>
    <context>
        <name>VerdictPanel</name>
        <message>
            <location filename="../../ui/station/verdict.py" line="+22" />
            <source>Ready: scan a ticket</source>
            <translation>请扫码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for the database…</source>
            <translation>正在等待数据库…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered, not admitted</source>
            <translation>已登记，未入场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welcome</source>
            <translation>欢迎入场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group: admitted in part</source>
            <translation>团体：部分入场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a valid code</source>
            <translation>无效票码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code revoked</source>
            <translation>票码已作废</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong session</source>
            <translation>场次不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet open</source>
            <translation>未到检票时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in closed</source>
            <translation>检票已截止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session cancelled</source>
            <translation>场次已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall full</source>
            <translation>场内已满</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goodbye</source>
            <translation>再见</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in undone</source>
            <translation>已撤销检票</translation>
        </message>
        <message>
            <location line="+7" />
            <source>On the waiting list</source>
            <translation>在候补名单中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already scanned out</source>
            <translation>已扫码离场</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Not in the hall</source>
            <translation>不在场内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nobody in the hall</source>
            <translation>场内无人</translation>
        </message>
        <message>
            <location line="+71" />
            <source>%1 is registered for this session but not admitted: scan their ticket (or look them up) when they come in.</source>
            <translation>%1 已登记本场次，但尚未入场：到场时请扫描其门票（或查找其姓名）。</translation>
        </message>
        <message>
            <location filename="../../ui/station/badge.py" line="+18" />
            <source>Volunteer checked in</source>
            <translation>志愿者签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteer checked out</source>
            <translation>志愿者签退</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteer badge refused</source>
            <translation>志愿者工牌未通过</translation>
        </message>
        <message>
            <location filename="../../ui/station/verdict.py" line="+14" />
            <source>%1 of %2 arrived</source>
            <translation>已到 %1 / %2 人</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <location filename="../../ui/volunteers/volunteer_dialog.py" line="+31" />
            <source>Edit volunteer</source>
            <translation>编辑志愿者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New volunteer</source>
            <translation>新建志愿者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 138 0013 8000 or 010 6265 1234</source>
            <translation>例如：138 0013 8000 或 010 6265 1234</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail:</source>
            <translation>邮箱(&amp;M)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Organization:</source>
            <translation>单位(&amp;O)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Skills:</source>
            <translation>技能(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 引导、检票、急救</source>
            <translation>例如：引导、检票、急救</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Languages:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 英语、手语</source>
            <translation>例如：英语、手语</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes:</source>
            <translation>备注(&amp;T)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A&amp;ctive</source>
            <translation>在岗(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inactive volunteers stay on the roster but cannot be assigned.</source>
            <translation>停用的志愿者仍留在名册中，但不能被安排班次。</translation>
        </message>
    </context>
    <context>
        <name>VolunteerLabels</name>
        <message>
            <location filename="../../ui/volunteers/texts.py" line="+16" />
            <source>Assigned</source>
            <translation>已安排</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>已上岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked out</source>
            <translation>已离岗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <location filename="../../ui/volunteers/page.py" line="+31" />
            <source>&amp;Roster</source>
            <translation>名册(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Staffing</source>
            <translation>排班(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hours</source>
            <translation>工时(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <location filename="../../ui/dialogs/walk_in_dialog.py" line="+64" />
            <source>Walk-in</source>
            <translation>现场登记</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone (optional)</source>
            <translation>电话（可不填）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Loading today's sessions…</source>
            <translation>正在读取今天的场次…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+9" />
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admit now (they are at the door)</source>
            <translation>立即入场（观众就在入口）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Register</source>
            <translation>登记</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No session today or later to register for.</source>
            <translation>今天及以后没有可登记的场次。</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../ui/menus.py" line="+31" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Closed days and holidays…</source>
            <translation>休馆日与节假日(&amp;C)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Registrations (attendees)…</source>
            <translation>报名名单（观众）(&amp;R)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Schedule…</source>
            <translation>日程(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export a report…</source>
            <translation>导出报表(&amp;E)…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+49" />
            <source>“%1” is not possible here now: select a row first.</source>
            <translation>现在无法执行“%1”：请先选择一行。</translation>
        </message>
    </context>
    <context>
        <name>_ProgressRow</name>
        <message>
            <location filename="../../ui/dialogs/import_sessions.py" line="-190" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="+15" />
            <source>Tick 'Book outside the hall's opening hours' to book it anyway.</source>
            <translation>如仍要预订，请勾选“在场地开放时间以外预订”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tick 'Book on a closed day' to book it anyway.</source>
            <translation>如仍要预订，请勾选“在闭馆日预订”。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Not done</source>
            <translation>操作未完成</translation>
        </message>
        <message>
            <location filename="../../scipop/errors.py" line="+55" />
            <location filename="../../scipop/volunteers/rules.py" line="+46" />
            <source>{details}</source>
            <translation>{details}</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The database {db} is read-only; nothing can be changed.</source>
            <translation>数据库 {db} 是只读的，无法做任何修改。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No database at {db}; create it with `scipop init`.</source>
            <translation>{db} 处没有数据库；请用 `scipop init` 创建。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/report.py" line="+11" />
            <source>Row {row}, column '{column}': {reason}</source>
            <translation>第 {row} 行“{column}”列：{reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Row {row}: {reason}</source>
            <translation>第 {row} 行：{reason}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nothing was imported: {count} row(s) have problems. First: {first}</source>
            <translation>未导入任何数据：有 {count} 行存在问题。第一处：{first}</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/spreadsheet.py" line="+60" />
            <source>File '{name}' does not exist.</source>
            <translation>文件“{name}”不存在。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' is not a spreadsheet this program reads (.xlsx, .xls, .ods or .csv).</source>
            <translation>“{name}”不是本程序能读取的表格文件（支持 .xlsx、.xls、.ods 和 .csv）。</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+6" />
            <source>Cannot read '{name}': {reason}</source>
            <translation>无法读取“{name}”：{reason}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>'{name}' is not an Excel file but text; if it is CSV, rename it .csv.</source>
            <translation>“{name}”不是 Excel 文件，而是文本文件；如果它是 CSV，请把扩展名改为 .csv。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>'{name}' has no sheet named '{sheet}' (it has: {sheets}).</source>
            <translation>“{name}”中没有名为“{sheet}”的工作表（现有工作表：{sheets}）。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Cannot read '{name}': it is not text in UTF-8, UTF-16 or GBK/GB18030.</source>
            <translation>无法读取“{name}”：它不是 UTF-8、UTF-16 或 GBK/GB18030 编码的文本。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>'{name}' is empty: no header row found.</source>
            <translation>“{name}”是空的：找不到表头行。</translation>
        </message>
        <message>
            <location filename="../../scipop/progress.py" line="+13" />
            <source>Cancelled; nothing was changed.</source>
            <translation>已取消，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/conflicts.py" line="+27" />
            <source>Hall '{room}' is booked {day} {start}–{end} by '{event}'.</source>
            <translation>场地“{room}”在 {day} {start}–{end} 已被“{event}”占用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hall '{room}' is booked {day} {start}–{end} by '{event}' (with {setup} min setup).</source>
            <translation>场地“{room}”在 {day} {start}–{end} 已被“{event}”占用（含 {setup} 分钟布场时间）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hall '{room}' is booked {day} {start}–{end} by '{event}' (with {teardown} min teardown).</source>
            <translation>场地“{room}”在 {day} {start}–{end} 已被“{event}”占用（含 {teardown} 分钟撤场时间）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hall '{room}' is booked {day} {start}–{end} by '{event}' (with {setup} min setup and {teardown} min teardown).</source>
            <translation>场地“{room}”在 {day} {start}–{end} 已被“{event}”占用（含 {setup} 分钟布场和 {teardown} 分钟撤场时间）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hall '{room}' needs {own_setup} min setup before and {own_teardown} min teardown after this session, which then overlaps '{event}' booked {day} {start}–{end}.</source>
            <translation>场地“{room}”在本场次前需布场 {own_setup} 分钟、之后需撤场 {own_teardown} 分钟，因此与 {day} {start}–{end} 的“{event}”时间冲突。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hall '{room}' is already booked {day} {start}–{end} by row {row} ('{event}').</source>
            <translation>场地“{room}”在 {day} {start}–{end} 已被第 {row} 行（“{event}”）占用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hall '{room}' is already booked {day} {start}–{end} by another occurrence of this series ('{event}').</source>
            <translation>场地“{room}”在 {day} {start}–{end} 已被本系列的另一场次（“{event}”）占用。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/following.py" line="+37" />
            <source>Nothing was changed: {count} of the sessions cannot be changed so: {details}</source>
            <translation>未做任何更改：其中 {count} 个场次无法这样修改：{details}</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/recurrence.py" line="+42" />
            <source>{count} occurrence(s) cannot be booked as planned; skip or move each of them first: {details}</source>
            <translation>有 {count} 个场次无法按计划预订，请先跳过或调整这些场次：{details}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The rule gives no session to create.</source>
            <translation>按此规则不会生成任何场次。</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Give the last day or a number of weeks.</source>
            <translation>请填写结束日期或持续周数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The last day is before the first day.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A session must last at least 1 minute.</source>
            <translation>每个场次至少持续 1 分钟。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat every 1 minute or more.</source>
            <translation>重复间隔不能少于 1 分钟。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The last start is before the first start.</source>
            <translation>最后一场的开始时间早于第一场。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose at least one day of the week.</source>
            <translation>请至少选择一周中的一天。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The rule gives more than {max} sessions; shorten it.</source>
            <translation>按此规则将生成超过 {max} 个场次，请缩短时间范围。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/events.py" line="+62" />
            <source>Event #{id} does not exist.</source>
            <translation>活动 #{id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/venues.py" line="+90" />
            <source>Room #{id} does not exist.</source>
            <translation>场地 #{id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/rules.py" line="+40" />
            <source>The session must end after it starts ({start}–{end}).</source>
            <translation>场次的结束时间必须晚于开始时间（{start}–{end}）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capacity must be between 1 and the hall's {room_capacity} (it is {value}).</source>
            <translation>人数上限须在 1 到场地容量 {room_capacity} 之间（当前为 {value}）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capacity cannot be {value}: {booked} place(s) are already booked for this session.</source>
            <translation>人数上限不能设为 {value}：本场次已有 {booked} 个名额被预订。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A setup or teardown buffer must be 0 to {max} minutes (it is {value}).</source>
            <translation>布场或撤场时间须在 0 到 {max} 分钟之间（当前为 {value}）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hall '{room}' is open {opens}–{closes}; {start}–{end} is outside opening hours.</source>
            <translation>场地“{room}”的开放时间为 {opens}–{closes}，{start}–{end} 不在开放时间内。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{day} is a closed day ({reason}) at '{venue}'.</source>
            <translation>{day} 是“{venue}”的闭馆日（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/service.py" line="+41" />
            <source>Session {when} of '{event}' has {count} ticket(s); cancel the session instead of deleting it.</source>
            <translation>“{event}”{when} 的场次已发出 {count} 张门票，请取消该场次，不要删除。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/base.py" line="+21" />
            <source>Someone else saved a change to the same data at the same moment. Reload and try again.</source>
            <translation>其他人刚刚同时修改并保存了同一数据。请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/events.py" line="+55" />
            <source>Enter the title.</source>
            <translation>请填写标题。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>An event titled '{value}' already exists.</source>
            <translation>已有标题为“{value}”的活动。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The chosen program no longer exists.</source>
            <translation>所选品牌项目已不存在。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose exactly one lead organizer (now {count}).</source>
            <translation>必须且只能有一个主办单位（当前为 {count} 个）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An organization is listed twice as organizer.</source>
            <translation>同一单位被重复列为主办/协办单位。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An organizer no longer exists; choose again.</source>
            <translation>某个主办/协办单位已不存在，请重新选择。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Event '{name}' has {count} ticket(s) issued; cancel the event instead of deleting it.</source>
            <translation>活动“{name}”已发出 {count} 张门票，请取消该活动，不要删除。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/organizations.py" line="+36" />
            <source>Organization #{id} does not exist.</source>
            <translation>单位 #{id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/service.py" line="+26" />
            <source>The session is full: {free} place(s) left, {wanted} asked for (capacity {capacity}).</source>
            <translation>本场次名额不足：剩余 {free} 个，需要 {wanted} 个（容量 {capacity}）。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/queries.py" line="+31" />
            <source>Ticket #{id} does not exist.</source>
            <translation>门票 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No ticket has the code '{code}'.</source>
            <translation>没有门票码为“{code}”的门票。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/service.py" line="+3" />
            <source>Ticket #{id} is already cancelled.</source>
            <translation>门票 #{id} 已经取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket #{id} has already been used at the door ({arrived} of {headcount} admitted).</source>
            <translation>门票 #{id} 已在入口使用过（{headcount} 人中已入场 {arrived} 人）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ticket #{id} is not active ({status}); only active tickets can be re-issued.</source>
            <translation>门票 #{id} 当前无效（{status}），只有有效门票才能补发。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ticket #{id} is already for that session.</source>
            <translation>门票 #{id} 本来就是该场次的。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/attendee_rows.py" line="+42" />
            <source>The name is missing.</source>
            <translation>缺少姓名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{value}' is not an email address.</source>
            <translation>“{value}”不是有效的电子邮箱地址。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{value}' is not a category (public, student, teacher, VIP, press).</source>
            <translation>“{value}”不是有效类别（公众、学生、教师、嘉宾、媒体）。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/service.py" line="+1" />
            <source>A ticket is for 1 to {max} people, not {value}.</source>
            <translation>一张门票可供 1 到 {max} 人使用，不能是 {value} 人。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/attendee_rows.py" line="+3" />
            <source>The session is missing.</source>
            <translation>缺少场次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no session '{value}'.</source>
            <translation>没有场次“{value}”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{value}' matches {count} sessions; give the session number instead.</source>
            <translation>“{value}”对应 {count} 个场次，请改填场次编号。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Session '{value}' was cancelled.</source>
            <translation>场次“{value}”已取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over capacity: session #{session} has {free} place(s) left, this row needs {count}.</source>
            <translation>超出容量：场次 #{session} 只剩 {free} 个名额，本行需要 {count} 个。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The text is {length} characters long; at most {max} fit in this field.</source>
            <translation>内容有 {length} 个字符，此项最多只能填 {max} 个字符。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{name} ({phone}) is already on row {other} for the same session.</source>
            <translation>{name}（{phone}）已在第 {other} 行报名同一场次。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/service.py" line="+6" />
            <location filename="../../scipop/services/organizations.py" line="+4" />
            <location line="+63" />
            <location filename="../../scipop/services/people.py" line="+73" />
            <location line="+76" />
            <location filename="../../scipop/services/venues.py" line="-30" />
            <location line="+105" />
            <source>Enter the name.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'{value}' is not a category of attendee.</source>
            <translation>“{value}”不是有效的观众类别。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/organizations.py" line="-54" />
            <source>An organization named '{value}' already exists.</source>
            <translation>已有名为“{value}”的单位。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>'{name}' organizes {count} event(s); remove it from them before deleting it.</source>
            <translation>“{name}”是 {count} 个活动的主办/协办单位，请先从这些活动中移除，再删除。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>'{name}' has {count} volunteer(s); move them before deleting it.</source>
            <translation>“{name}”有 {count} 名志愿者，请先将他们转到其他单位，再删除。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Program #{id} does not exist.</source>
            <translation>品牌项目 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A program named '{value}' already exists.</source>
            <translation>已有名为“{value}”的品牌项目。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Colour '{value}' is not of the form #RRGGBB.</source>
            <translation>颜色“{value}”的格式应为 #RRGGBB。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Program '{name}' has {count} event(s); move them to another program first.</source>
            <translation>品牌项目“{name}”下有 {count} 个活动，请先将它们移到其他品牌项目。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/people.py" line="-125" />
            <source>Enter the phone number.</source>
            <translation>请填写电话号码。</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../../scipop/volunteers/assignments.py" line="+28" />
            <location filename="../../scipop/volunteers/schedule_out.py" line="+35" />
            <source>Volunteer #{id} does not exist.</source>
            <translation>志愿者 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The chosen organization no longer exists.</source>
            <translation>所选单位已不存在。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{name} is on {count} shift(s); mark them inactive instead of deleting.</source>
            <translation>{name} 已排了 {count} 个班次，请将其设为不活跃，不要删除。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Attendee #{id} does not exist.</source>
            <translation>观众 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+60" />
            <source>{name} holds {count} ticket(s); cancel them before deleting.</source>
            <translation>{name} 持有 {count} 张门票，请先取消门票再删除。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/sessions.py" line="+18" />
            <source>Session #{id} does not exist.</source>
            <translation>场次 #{id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/capacity.py" line="+22" />
            <source>The session '{title}' at {start} was cancelled; nobody can register for it.</source>
            <translation>{start} 的场次“{title}”已取消，无法报名。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} ({phone}) is already registered for this session (ticket #{ticket}).</source>
            <translation>{name}（{phone}）已报名本场次（门票 #{ticket}）。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/closed_days.py" line="+25" />
            <source>Closed day #{id} does not exist.</source>
            <translation>休馆日 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../scipop/services/venues.py" line="-131" />
            <source>Venue #{id} does not exist.</source>
            <translation>场馆 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The last day ({last}) is before the first ({first}).</source>
            <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Close at most {max} days at a time (this range has {count}).</source>
            <translation>一次最多设置 {max} 天休馆（这个范围有 {count} 天）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The reason is {count} characters long; at most {max} fit.</source>
            <translation>原因有 {count} 个字，最多 {max} 个。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{day} is already a closed day ({reason}); choose other days.</source>
            <translation>{day} 已经是休馆日（{reason}）；请选择其他日期。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/venues.py" line="+34" />
            <source>A venue named '{value}' already exists.</source>
            <translation>已有名为“{value}”的场馆。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Venue '{name}' still has {count} room(s); delete them first.</source>
            <translation>场馆“{name}”下还有 {count} 个场地，请先删除这些场地。</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Choose the venue the room belongs to.</source>
            <translation>请选择场地所属的场馆。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This venue already has a room named '{value}'.</source>
            <translation>该场馆已有名为“{value}”的场地。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Capacity must be more than 0 (it is {value}).</source>
            <translation>容量必须大于 0（当前为 {value}）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The room must close after it opens ({opens}–{closes}).</source>
            <translation>场地的关闭时间必须晚于开放时间（{opens}–{closes}）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A buffer cannot be negative.</source>
            <translation>布场/撤场时间不能为负数。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Room '{name}' has {count} session(s) booked; move or delete them before deleting the room.</source>
            <translation>场地“{name}”已预订了 {count} 个场次，请先移走或删除这些场次，再删除该场地。</translation>
        </message>
        <message>
            <location filename="../../scipop/tickets/codes.py" line="+79" />
            <source>'{code}' is not a ticket code.</source>
            <translation>“{code}”不是门票码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket code '{code}' was not issued by this database (unknown key).</source>
            <translation>门票码“{code}”不是本数据库签发的（未知密钥）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ticket code '{code}' is not genuine: its signature does not match.</source>
            <translation>门票码“{code}”是伪造的：签名不符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{code}' is not a volunteer badge code.</source>
            <translation>“{code}”不是志愿者工牌码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteer badge '{code}' was not issued by this database (unknown key).</source>
            <translation>志愿者工牌“{code}”不是本数据库签发的（未知密钥）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Volunteer badge '{code}' is not genuine: its signature does not match.</source>
            <translation>志愿者工牌“{code}”不是真码：签名不符。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/cells.py" line="+16" />
            <source>'{value}' is not a date (write it like 2026-12-05).</source>
            <translation>“{value}”不是日期（请写成 2026-12-05 的格式）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{value}' is not a time of day (write it like 14:00).</source>
            <translation>“{value}”不是时间（请写成 14:00 的格式）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{value}' is not a whole number.</source>
            <translation>“{value}”不是整数。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This cell is empty.</source>
            <translation>此单元格为空。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/attendees.py" line="+45" />
            <source>'{name}' has no {columns} column; map one, or choose the session for the whole file.</source>
            <translation>“{name}”中没有“{columns}”列；请指定对应的列，或为整个文件选择同一场次。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has a header row but no registrations under it.</source>
            <translation>“{name}”只有表头行，下面没有报名记录。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/import_columns.py" line="+39" />
            <source>'{name}' has no {columns} column(s); the header row must name event (活动), room (场地), date (日期), start (开始) and end (结束).</source>
            <translation>“{name}”中缺少“{columns}”列；表头行须包含 活动、场地、日期、开始 和 结束。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no event titled '{value}'.</source>
            <translation>没有标题为“{value}”的活动。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no room '{value}'.</source>
            <translation>没有场地“{value}”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Several venues have a room named '{value}'; write it as 'venue/room'.</source>
            <translation>多个场馆都有名为“{value}”的场地，请写成“场馆/场地”。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/importing.py" line="+43" />
            <source>'{name}' has a header row but no sessions under it.</source>
            <translation>“{name}”只有表头行，下面没有场次。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/register_dialog.py" line="-238" />
            <source>Choose a session.</source>
            <translation>请选择场次。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/session_dialog.py" line="-312" />
            <source>Choose the event this session belongs to.</source>
            <translation>请选择此场次所属的活动。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the hall.</source>
            <translation>请选择场地。</translation>
        </message>
        <message>
            <location filename="../../scipop/store/guard.py" line="+118" />
            <source>'{name}' is the program's own database file, which only the program itself may open while it runs. Choose another file; use Backup to copy the database.</source>
            <translation>“{name}”是本程序自己的数据库文件，程序运行时只有程序本身可以打开它。请选择其他文件；如需复制数据库，请使用“备份”。</translation>
        </message>
        <message>
            <location filename="../../scipop/store/backup.py" line="+60" />
            <source>Only SQLite files are backed up here; back up a PostgreSQL database with pg_dump and restore it with pg_restore.</source>
            <translation>这里只能备份 SQLite 数据库文件；PostgreSQL 数据库请用 pg_dump 备份、用 pg_restore 恢复。</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The copy of {db} is damaged: {problem}</source>
            <translation>{db} 的副本已损坏：{problem}</translation>
        </message>
        <message>
            <location line="+51" />
            <source>There is no file {file}.</source>
            <translation>文件 {file} 不存在。</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+47" />
            <source>{file} is damaged or not a database: {problem}</source>
            <translation>{file} 已损坏或不是数据库：{problem}</translation>
        </message>
        <message>
            <location line="-41" />
            <source>{file} is not a SciPop Desk database.</source>
            <translation>{file} 不是 SciPop Desk 的数据库。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} was made by a newer SciPop Desk (schema {revision}); update the program first.</source>
            <translation>{file} 由更新版本的 SciPop Desk 创建（数据结构版本 {revision}）；请先升级本程序。</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Another program has {db} open; close every SciPop Desk window and command that uses it, then try again.</source>
            <translation>另一个程序正在使用 {db}；请关闭所有使用它的 SciPop Desk 窗口和命令后再试。</translation>
        </message>
        <message>
            <location filename="../../scipop/store/integrity.py" line="+48" />
            <source>Only SQLite files are checked here; a PostgreSQL server checks its own data.</source>
            <translation>这里只能检查 SQLite 数据库文件；PostgreSQL 服务器会自行检查其数据。</translation>
        </message>
        <message>
            <location filename="../../scipop/demo/loader.py" line="+69" />
            <source>The database already holds data; demo data would mix with it. Use an empty database.</source>
            <translation>数据库中已有数据，演示数据会与之混在一起。请使用空数据库。</translation>
        </message>
        <message>
            <location filename="../../scipop/phones.py" line="+24" />
            <source>'{value}' is not a phone number: it should be digits, like 138 1234 5678.</source>
            <translation>“{value}”不是电话号码：应当是数字，例如 138 1234 5678。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{value}' is too short for a phone number: a mobile has 11 digits, a landline needs its area code (like 010 6265 1234).</source>
            <translation>“{value}”作为电话号码太短：手机号是 11 位数字，固定电话需要带区号（例如 010 6265 1234）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'{value}' has too many digits for a phone number: a mobile has 11 digits.</source>
            <translation>“{value}”作为电话号码位数太多：手机号是 11 位数字。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{value}' does not start with a known country code (China is +86).</source>
            <translation>“{value}”开头不是已知的国家代码（中国是 +86）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'{value}' is not a valid phone number: a mobile has 11 digits starting with 1, a landline starts with its area code (010 for Beijing), a foreign number with + and its country code.</source>
            <translation>“{value}”不是有效的电话号码：手机号是以 1 开头的 11 位数字，固定电话以区号开头（北京是 010），外国号码以 + 和国家代码开头。</translation>
        </message>
        <message>
            <location filename="../../scipop/store/engine.py" line="+48" />
            <source>'{url}' is not a database URL ({reason}); a PostgreSQL URL looks like postgresql+psycopg://user@server/database.</source>
            <translation>“{url}”不是有效的数据库地址（{reason}）；PostgreSQL 地址的格式为 postgresql+psycopg://用户名@服务器/数据库名。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The {backend} driver is not installed: run pip install -e ".[{extra}]" in the program's folder (the installer bundle already has it).</source>
            <translation>未安装 {backend} 驱动：请在程序文件夹中运行 pip install -e ".[{extra}]"（安装包版本已自带该驱动）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create the folder '{folder}' for the database ({reason}); create it, or choose another database.</source>
            <translation>无法为数据库创建文件夹“{folder}”（{reason}）；请先创建该文件夹，或选择其他数据库。</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Cannot read the password file '{path}': {reason}.</source>
            <translation>无法读取密码文件“{path}”：{reason}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The driver for '{driver}' is not installed ({reason}).</source>
            <translation>未安装“{driver}”的数据库驱动（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../scipop/station/config.py" line="+26" />
            <source>A PIN is 4 to 12 digits.</source>
            <translation>PIN 为 4 到 12 位数字。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The check-in window is 0 to 1440 minutes before the start and after the end.</source>
            <translation>检票时段为开始前、结束后各 0 到 1440 分钟。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many wrong PINs. Try again in {seconds} seconds, or ask the supervisor.</source>
            <translation>PIN 错误次数过多。请 {seconds} 秒后再试，或请主管处理。</translation>
        </message>
        <message>
            <location filename="../../scipop/station/service.py" line="+44" />
            <source>That is not the supervisor PIN.</source>
            <translation>主管 PIN 不正确。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scan #{id} is not a check-in that can be undone.</source>
            <translation>扫码记录 #{id} 不是可撤销的检票。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scan #{id} has already been undone.</source>
            <translation>扫码记录 #{id} 已撤销。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scan #{id} does not exist.</source>
            <translation>扫码记录 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scan #{id} cannot be undone: its people have already been scanned out.</source>
            <translation>扫码记录 #{id} 无法撤销：这些人已经扫码离场。</translation>
        </message>
        <message>
            <location filename="../../scipop/reports/service.py" line="+27" />
            <source>A report is saved as .xlsx or .csv, not “{name}”.</source>
            <translation>报表只能保存为 .xlsx 或 .csv，不能是“{name}”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{name}” could not be saved ({details}). If it is open in Excel or WPS, close it and export again; else choose another folder.</source>
            <translation>无法保存“{name}”（{details}）。如果该文件正在 Excel 或 WPS 中打开，请关闭后重新导出；否则请另选文件夹。</translation>
        </message>
        <message>
            <location filename="../../scipop/reports/survey.py" line="+42" />
            <source>“{value}” is not a survey category.</source>
            <translation>“{value}”不是统计类别。</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/assignments.py" line="+1" />
            <source>Assignment #{id} does not exist.</source>
            <translation>排班 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say why the times are corrected.</source>
            <translation>请说明更正时间的原因。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The check-out must come after the check-in.</source>
            <translation>签退时间必须晚于签到时间。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The shift has not ended yet; it cannot be a no-show.</source>
            <translation>班次尚未结束，不能记为缺勤。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} checked in at {at}: the hours stay; correct the times instead.</source>
            <translation>{name} 已于 {at} 签到：工时须保留，请改为更正时间。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} checked in at {at}; correct the times instead of marking a no-show.</source>
            <translation>{name} 已于 {at} 签到；请更正时间，而不是记为缺勤。</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/rules.py" line="-1" />
            <source>Confirm to assign anyway: {details}</source>
            <translation>确认后仍可安排：{details}</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/settings.py" line="+22" />
            <source>Enter a number of hours from 1 to 24.</source>
            <translation>请输入 1 到 24 之间的小时数。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a number of minutes from 0 to 720.</source>
            <translation>请输入 0 到 720 之间的分钟数。</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/shifts.py" line="+24" />
            <source>Shift #{id} does not exist.</source>
            <translation>班次 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chosen session no longer exists.</source>
            <translation>所选场次已不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chosen room no longer exists.</source>
            <translation>所选场地已不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a session, or a room and a time span.</source>
            <translation>请选择一个场次，或选择场地和时间段。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the role (for example 引导 or 检票).</source>
            <translation>请输入岗位（例如 引导 或 检票）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter when the shift starts and ends.</source>
            <translation>请输入班次的开始和结束时间。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The shift must end after it starts.</source>
            <translation>班次的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A shift lasts at most 24 hours.</source>
            <translation>一个班次最长 24 小时。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The number of people needed is 0 to 999.</source>
            <translation>所需人数为 0 到 999。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offsets are 0 to 720 minutes.</source>
            <translation>提前和延后的时间为 0 到 720 分钟。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a series, an event or a room.</source>
            <translation>请选择一个系列、一个活动或一个场地。</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/schedule_out.py" line="+1" />
            <location filename="../../scipop/volunteers/shifts.py" line="+1" />
            <source>The last day must not be before the first day.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../scipop/volunteers/shifts.py" line="+1" />
            <source>Choose a period of at most 366 days.</source>
            <translation>请选择不超过 366 天的时间段。</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/shifts.py" line="+1" />
            <source>No session in that period needs a new '{role}' shift: nothing to create.</source>
            <translation>该时间段内没有场次需要新的“{role}”班次，无需创建。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At that time the shift's people would work two shifts at once: {details}</source>
            <translation>改到这个时间，该班次的人员会同时上两个班：{details}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shift '{role}' at {start} has {count} check-in(s); correct or keep it instead of deleting.</source>
            <translation>{start} 的“{role}”班次已有 {count} 人签到；请更正或保留该班次，不要删除。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/volunteer_rows.py" line="+66" />
            <source>{name} ({phone}): the same phone is already on row {other}.</source>
            <translation>{name}（{phone}）：同一手机号已出现在第 {other} 行。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{phone} is already on the roster as {other} (volunteer #{id}).</source>
            <translation>{phone} 已在名册中，属于 {other}（志愿者 #{id}）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no organization '{value}'; add it under Organizations, or let the import create it.</source>
            <translation>没有名为“{value}”的单位；请先在“单位”中添加，或让导入自动创建。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/volunteers.py" line="+36" />
            <source>'{name}' has no {columns} column; map one.</source>
            <translation>“{name}”中没有 {columns} 列；请指定一列。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{name}' has a header row but no volunteers under it.</source>
            <translation>“{name}”只有表头，下面没有志愿者。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/admission.py" line="+530" />
            <source>The hall is full: {in_hall} of {capacity} inside, no room for {count} more now. Register without admitting, or admit them when people have left.</source>
            <translation>场内已满：场内 {in_hall} 人（容量 {capacity}），现在容不下 {count} 人。可以只登记不入场，或等有人离场后再让他们入场。</translation>
        </message>
        <message>
            <location filename="../../scipop/reports/dashboard.py" line="+32" />
            <source>The figures could not be read: {details}</source>
            <translation>无法读取统计数据：{details}</translation>
        </message>
        <message>
            <location filename="../../ui/volunteers/series_dialog.py" line="-257" />
            <source>No event is called '{name}'; choose one from the list.</source>
            <translation>没有名为“{name}”的活动；请从列表中选择。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview the shifts before creating them.</source>
            <translation>请先预览班次，再创建。</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../../scipop/importing/attendee_mapping.py" line="+38" />
            <location filename="../../scipop/importing/volunteer_rows.py" line="-36" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../scipop/importing/volunteer_rows.py" line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../scipop/importing/volunteer_rows.py" line="+1" />
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization or school</source>
            <translation>单位或学校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number of people</source>
            <translation>人数</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../scipop/importing/volunteer_rows.py" line="+4" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/volunteer_rows.py" line="-3" />
            <source>Organization</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>语言</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../ui/labels.py" line="+14" />
            <source>Exhibition</source>
            <translation>展览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show</source>
            <translation>展演</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forum / lecture</source>
            <translation>论坛/讲座</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Competition</source>
            <translation>竞赛</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exchange</source>
            <translation>交流</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/ticket_labels.py" line="+24" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead organizer</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co-organizer</source>
            <translation>协办单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Association</source>
            <translation>协会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academy / institute</source>
            <translation>科研院所</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Society</source>
            <translation>学会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/ticket_labels.py" line="-9" />
            <source>Public</source>
            <translation>公众</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teacher</source>
            <translation>教师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VIP</source>
            <translation>嘉宾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Press</source>
            <translation>媒体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single</source>
            <translation>个人票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>团体票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting list</source>
            <translation>候补</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Admitted</source>
            <translation>已入场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admitted in part</source>
            <translation>部分入场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid code</source>
            <translation>无效票码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Already used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong session</source>
            <translation>场次不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoked</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet open</source>
            <translation>未到检票时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>检票已截止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full</source>
            <translation>已满</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session cancelled</source>
            <translation>场次已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>已离场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
    </context>
    <context>
        <name>names</name>
        <message>
            <location filename="../../ui/models/organizations.py" line="-61" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
    </context>
    <context>
        <name>scan</name>
        <message>
            <location filename="../../scipop/registration/verdicts.py" line="+7" />
            <source>Welcome, {name}.</source>
            <translation>欢迎，{name}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: {count} admitted now, {arrived} of {headcount} arrived.</source>
            <translation>{name}：本次入场 {count} 人，已到 {arrived} / {headcount} 人。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Genuine code, but its ticket #{id} no longer exists.</source>
            <translation>门票码真实有效，但对应的门票 #{id} 已不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}'s code was revoked (the ticket was re-issued or cancelled).</source>
            <translation>{name} 的门票码已作废（门票已补发或已取消）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}'s code is signed with a retired key; the ticket was re-issued since.</source>
            <translation>{name} 的票码由已停用的密钥签发；该门票此后已补发。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is still on the waiting list (position {position}).</source>
            <translation>{name} 仍在候补名单中（排第 {position} 位）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}'s ticket is for another session: {event} at {start}, {room}.</source>
            <translation>{name} 的门票属于其他场次：{start} 在{room}的“{event}”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already used: {name} was admitted at {first_at} at {first_station}.</source>
            <translation>门票已使用：{name} 已于 {first_at} 在 {first_station} 入场。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}'s group has only {remaining} of {headcount} places left, not {count}.</source>
            <translation>{name} 的团体票只剩 {remaining} / {headcount} 个名额，不够 {count} 人。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Admit at least one person (asked for {count}).</source>
            <translation>入场人数至少为 1（当前为 {count}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-in {name} registered and admitted.</source>
            <translation>现场观众 {name} 已登记并入场。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too early: check-in for {name}'s session opens at {opens} (starts {start}).</source>
            <translation>还没到时间：{name} 的场次 {opens} 开始检票（{start} 开始）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check-in for {name}'s session closed at {closes}.</source>
            <translation>{name} 的场次已于 {closes} 停止检票。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}'s session ({event} at {start}) was cancelled.</source>
            <translation>{name} 的场次（{start} 的“{event}”）已取消。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The hall is full: {in_hall} of {capacity} inside; {name} ({count}) must wait.</source>
            <translation>场内已满：现有 {in_hall} / {capacity} 人；{name}（{count} 人）请稍候。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {count} admitted past the hall's capacity by a supervisor.</source>
            <translation>{name}：主管超出容量放行 {count} 人。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: {count} checked in by hand.</source>
            <translation>{name}：手动检票 {count} 人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} moved to this session and admitted.</source>
            <translation>{name} 已改到本场次并入场。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}: {count} left the hall.</source>
            <translation>{name}：{count} 人离场。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One person left the hall.</source>
            <translation>一人离场。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} was not checked in to this session.</source>
            <translation>{name} 未在本场次检票入场。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} was not checked in to this hall: not counted out.</source>
            <translation>{name} 未在本场馆检票入场：不计离场。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} already left the hall at {left_at} at {left_station}: not counted out again.</source>
            <translation>{name} 已于 {left_at} 在 {left_station} 离场：不再重复计离场。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nobody is counted in the hall: nothing to take off.</source>
            <translation>场内人数为 0：无法再减。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in of {name} undone ({count}).</source>
            <translation>已撤销 {name} 的检票（{count} 人）。</translation>
        </message>
    </context>
    <context>
        <name>volunteers</name>
        <message>
            <location filename="../../scipop/volunteers/checkin.py" line="+41" />
            <source>Volunteer {name} checked in — {place} {role} {span}</source>
            <translation>志愿者 {name} 签到 — {place} {role} {span}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volunteer {name} checked out — {place} {role} {span}, {hours} h</source>
            <translation>志愿者 {name} 签退 — {place} {role} {span}，{hours} 小时</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not a genuine volunteer badge.</source>
            <translation>不是有效的志愿者工牌。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Genuine badge, but volunteer #{id} no longer exists.</source>
            <translation>工牌是真的，但志愿者 #{id} 已不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}'s badge was replaced by a new one; use the new badge.</source>
            <translation>{name} 的工牌已补发新牌，请使用新工牌。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../scipop/volunteers/rules.py" line="-12" />
            <source>{name} is marked inactive.</source>
            <translation>{name} 已被标记为不活跃。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} has no shift now (check-in opens {minutes} min before a shift).</source>
            <translation>{name} 现在没有班次（班次开始前 {minutes} 分钟开放签到）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} has no shift now; the next one is {role} on {day} at {start} (check-in opens {minutes} min before).</source>
            <translation>{name} 现在没有班次；下一个班次是 {day} {start} 的 {role}（提前 {minutes} 分钟开放签到）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} already checked out of {role} {span} at {at}.</source>
            <translation>{name} 已于 {at} 签退 {role} {span}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} just checked in at {at}; scan again later to check out.</source>
            <translation>{name} 刚在 {at} 签到；下班时再扫码签退。</translation>
        </message>
        <message>
            <location filename="../../scipop/volunteers/rules.py" line="-3" />
            <source>{name} already works '{role}' {start}–{end}, which overlaps this shift.</source>
            <translation>{name} 已排了 {start}–{end} 的“{role}”，与本班次时间重叠。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is already on this shift.</source>
            <translation>{name} 已在本班次中。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} would work {hours} h on {day}, more than the {limit} h a day allowed.</source>
            <translation>{name} 在 {day} 将工作 {hours} 小时，超过每天 {limit} 小时的上限。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} would work {hours} h in a row ({start}–{end}), more than the {limit} h allowed.</source>
            <translation>{name} 将连续工作 {hours} 小时（{start}–{end}），超过 {limit} 小时的上限。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} lacks the required skill(s): {skills}.</source>
            <translation>{name} 缺少所需技能：{skills}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The shift already has the {needed} people it needs.</source>
            <translation>该班次已满 {needed} 人。</translation>
        </message>
    </context>
</TS>