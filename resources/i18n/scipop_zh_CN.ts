<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../ui/dialogs/register_dialog.py" line="+47" />
            <source>%1 free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/models/attendees.py" line="+51" />
            <source>AttendeeTableModel</source>
            <comment>No ticket</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>AttendeeTableModel</source>
            <comment>Waiting list #%1</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="+146" />
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
        <message>
            <location line="+36" />
            <source>Something went wrong. Your saved data is safe; the last action may not have been completed.</source>
            <translation>程序出现意外错误。已保存的数据不受影响，但刚才的操作可能没有完成。</translation>
        </message>
    </context>
    <context>
        <name>AttendeeTableModel</name>
        <message>
            <location filename="../../ui/models/attendees.py" line="+10" />
            <source>Group of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished">电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization / school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished">类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation type="unfinished">场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished">状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../ui/calendar/banner.py" line="+32" />
            <source>Close this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarBlock</name>
        <message>
            <location filename="../../ui/calendar/texts.py" line="+14" />
            <source>Booked: %1 of %2 places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Booked: %1 of %2 places (full)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Program: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Setup %1 min before, teardown %2 min after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Part of a recurring series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Booked outside opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drag to move, drag the bottom edge to change the end, double-click or Enter to edit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message>
            <location filename="../../ui/calendar/headers.py" line="+25" />
            <source>shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open %1–%2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>%n place(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../ui/pages/calendar.py" line="+83" />
            <source>Previous day or week (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Next day or week (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Zoom out (-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Zoom in (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New &amp;session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>New se&amp;ries…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import schedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Venue:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Program:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>All venues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>All programs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>All organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>%1 – %2 · week %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n session(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 sessions shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+100" />
            <source>Moved to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Now ends at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+45" />
            <source>Session cancelled; the hall is free again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>%n session(s) created in the series.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n session(s) imported.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Edit…</source>
            <translation type="unfinished">编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the &amp;event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;session here…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New se&amp;ries here…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColorButton</name>
        <message>
            <location filename="../../ui/dialogs/organization_dialog.py" line="+90" />
            <source>Program colour</source>
            <translation>品牌项目颜色</translation>
        </message>
    </context>
    <context>
        <name>CrudTable</name>
        <message>
            <location filename="../../ui/widgets/crud_table.py" line="+72" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
    </context>
    <context>
        <name>DemoLoader</name>
        <message>
            <location filename="../../ui/dialogs/demo_data.py" line="+40" />
            <source>Loading the demo season…</source>
            <translation>正在载入演示数据…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+50" />
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Adding attendees: %1 of %2</source>
            <translation>正在添加观众：%1 / %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Creating organizations, halls and the season…</source>
            <translation>正在创建单位、场地和活动排期…</translation>
        </message>
        <message>
            <location line="+29" />
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
        <name>EventDialog</name>
        <message>
            <location filename="../../ui/dialogs/event_dialog.py" line="+37" />
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
            <location line="+34" />
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
            <location filename="../../ui/pages/events.py" line="+23" />
            <source>Filter by title, organizer or program…</source>
            <translation>按标题、主办/协办单位或品牌项目筛选…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
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
            <location line="+32" />
            <source>Delete event</source>
            <translation>删除活动</translation>
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
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+50" />
            <source>Events</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Venues &amp; rooms</source>
            <translation>场馆与场地</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organizations &amp; programs</source>
            <translation>单位与品牌项目</translation>
        </message>
        <message>
            <location line="+28" />
            <source>SciPop Desk</source>
            <translation>科普工作台</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location line="+69" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Load &amp;demo data…</source>
            <translation>载入演示数据(&amp;D)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location line="+13" />
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
            <location line="+23" />
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
        <name>MoveDialog</name>
        <message>
            <location filename="../../ui/dialogs/move_dialog.py" line="+29" />
            <source>Move to another session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The printed code stays valid. Places freed here go to this session's waiting list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Session full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Put the ticket on that session's waiting list instead?</source>
            <translation type="unfinished" />
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
            <location line="+36" />
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
            <location filename="../../ui/pages/base.py" line="+52" />
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
        <name>RegisterDialog</name>
        <message>
            <location filename="../../ui/dialogs/register_dialog.py" line="+23" />
            <source>Register for a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Type a name or phone of someone registered…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Registered before?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished">电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>13800138000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished">电子邮箱</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organization or school</source>
            <translation type="unfinished">单位或学校</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Category</source>
            <translation type="unfinished">类别</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Session</source>
            <translation type="unfinished">场次</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A group of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source> people</source>
            <translation type="unfinished"> 人</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A school class is one group ticket: one code for everyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>%1 of %2 places taken, %3 free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not enough places: the ticket would join the waiting list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Session full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put them on the waiting list? They get a ticket when places free up, in the order they joined.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <location filename="../../ui/dialogs/venue_dialog.py" line="+77" />
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
            <location filename="../../ui/dialogs/pickers.py" line="+99" />
            <source>Open %1–%2 · %3 places · buffers %4 / %5 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source> · shared hall (overlaps allowed)</source>
            <translation type="unfinished" />
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
        <name>ScanTableModel</name>
        <message>
            <location filename="../../ui/models/scans.py" line="+24" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Admitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <location filename="../../ui/dialogs/session_actions.py" line="+26" />
            <location line="+49" />
            <source>Cancel session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-47" />
            <source>Cancel the session “%1” on %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The hall becomes free again. Tickets already issued stay on record, so their holders can be told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cancel this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel this and the following</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../../ui/dialogs/session_dialog.py" line="+70" />
            <source>Edit session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Event:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hall:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Day and start:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>E&amp;nd:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Places:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Override the hall's buffers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> min setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> min teardown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Buffers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Book outside the hall's opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Book on a closed day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overrides:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title:</source>
            <translation type="unfinished">标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional, e.g. Public lecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This session only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This and the following sessions of the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Apply to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Cancel session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+165" />
            <source>The hall is free at this time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TicketPanel</name>
        <message>
            <location filename="../../ui/widgets/ticket_panel.py" line="+43" />
            <source>Phone</source>
            <translation type="unfinished">电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished">电子邮箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization / school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished">类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation type="unfinished">场次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished">状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Scans at the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Select a row to see its ticket and scans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>first at %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not scanned yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VenueDialog</name>
        <message>
            <location filename="../../ui/dialogs/venue_dialog.py" line="-80" />
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
            <location filename="../../ui/pages/venues.py" line="+24" />
            <source>New &amp;venue…</source>
            <translation>新建场馆(&amp;V)…</translation>
        </message>
        <message>
            <location line="+8" />
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
            <location line="+33" />
            <source>Rooms</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rooms of %1</source>
            <translation>%1 的场地</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Delete venue</source>
            <translation>删除场馆</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Delete room</source>
            <translation>删除场地</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <location filename="../../ui/dialogs/walk_in_dialog.py" line="+57" />
            <source>Walk-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation type="unfinished">类别</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Session</source>
            <translation type="unfinished">场次</translation>
        </message>
        <message>
            <location line="+3" />
            <source> people</source>
            <translation type="unfinished"> 人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Admit now (they are at the door)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="+31" />
            <source>Not done</source>
            <translation>操作未完成</translation>
        </message>
        <message>
            <location filename="../../scipop/demo/loader.py" line="+72" />
            <source>The database already holds data; demo data would mix with it. Use an empty database, or force it.</source>
            <translation>数据库中已有数据，演示数据会与之混在一起。请使用空数据库，或强制载入。</translation>
        </message>
        <message>
            <location filename="../../scipop/errors.py" line="+45" />
            <source>{details}</source>
            <translation>{details}</translation>
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
            <location filename="../../scipop/importing/spreadsheet.py" line="+61" />
            <source>File '{name}' does not exist.</source>
            <translation>文件“{name}”不存在。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>'{name}' is not a spreadsheet this program reads (.xlsx, .xls, .ods or .csv).</source>
            <translation>“{name}”不是本程序能读取的表格文件（支持 .xlsx、.xls、.ods 和 .csv）。</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+6" />
            <source>Cannot read '{name}': {reason}</source>
            <translation>无法读取“{name}”：{reason}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>'{name}' has no sheet named '{sheet}' (it has: {sheets}).</source>
            <translation>“{name}”中没有名为“{sheet}”的工作表（现有工作表：{sheets}）。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot read '{name}': it is neither UTF-8 nor GBK/GB18030 text.</source>
            <translation>无法读取“{name}”：文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码的文本。</translation>
        </message>
        <message>
            <location line="+50" />
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
            <location filename="../../scipop/scheduling/following.py" line="+29" />
            <source>Nothing was changed: {count} of the sessions cannot be changed so: {details}</source>
            <translation>未做任何更改：其中 {count} 个场次无法这样修改：{details}</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/recurrence.py" line="+41" />
            <source>{count} occurrence(s) cannot be booked as planned; skip or move each of them first: {details}</source>
            <translation>有 {count} 个场次无法按计划预订，请先跳过或调整这些场次：{details}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The rule gives no session to create.</source>
            <translation>按此规则不会生成任何场次。</translation>
        </message>
        <message>
            <location line="+173" />
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
            <location filename="../../scipop/scheduling/rules.py" line="+30" />
            <location filename="../../scipop/services/events.py" line="+67" />
            <source>Event #{id} does not exist.</source>
            <translation>活动 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../scipop/services/venues.py" line="+112" />
            <source>Room #{id} does not exist.</source>
            <translation>场地 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+1" />
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
            <source>Hall '{room}' is open {opens}–{closes}; {start}–{end} is outside opening hours. Choose 'outside opening hours' to book it anyway.</source>
            <translation>场地“{room}”的开放时间为 {opens}–{closes}，{start}–{end} 不在开放时间内。如仍要预订，请勾选“开放时间外使用”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{day} is a closed day ({reason}) at '{venue}'. Choose 'book on a closed day' to book anyway.</source>
            <translation>{day} 是“{venue}”的闭馆日（{reason}）。如仍要预订，请勾选“闭馆日预订”。</translation>
        </message>
        <message>
            <location filename="../../scipop/scheduling/service.py" line="+53" />
            <source>Session {when} of '{event}' has {count} ticket(s); cancel the session instead of deleting it.</source>
            <translation>“{event}”{when} 的场次已发出 {count} 张门票，请取消该场次，不要删除。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/base.py" line="+21" />
            <source>Someone else saved a change to the same data at the same moment. Reload and try again.</source>
            <translation>其他人刚刚同时修改并保存了同一数据。请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/events.py" line="+67" />
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
            <location filename="../../scipop/registration/service.py" line="+25" />
            <source>The session is full: {free} place(s) left, {wanted} asked for (capacity {capacity}).</source>
            <translation>本场次名额不足：剩余 {free} 个，需要 {wanted} 个（容量 {capacity}）。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/queries.py" line="+20" />
            <location filename="../../scipop/registration/service.py" line="+3" />
            <source>Ticket #{id} does not exist.</source>
            <translation>门票 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No ticket has the code '{code}'.</source>
            <translation>没有门票码为“{code}”的门票。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/service.py" line="+1" />
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
            <location filename="../../scipop/importing/attendee_rows.py" line="+38" />
            <source>The name is missing.</source>
            <translation>缺少姓名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'{value}' is not an email address.</source>
            <translation>“{value}”不是有效的电子邮箱地址。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'{value}' is not a category (public, student, teacher, VIP, press).</source>
            <translation>“{value}”不是有效类别（公众、学生、教师、嘉宾、媒体）。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../scipop/registration/service.py" line="+1" />
            <source>A ticket is for 1 to {max} people, not {value}.</source>
            <translation>一张门票可供 1 到 {max} 人使用，不能是 {value} 人。</translation>
        </message>
        <message>
            <location line="+1" />
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
            <source>{name} ({phone}) is already on row {other} for the same session.</source>
            <translation>{name}（{phone}）已在第 {other} 行报名同一场次。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/service.py" line="+6" />
            <location filename="../../scipop/services/organizations.py" line="+4" />
            <location line="+63" />
            <location filename="../../scipop/services/people.py" line="+70" />
            <location line="+72" />
            <location filename="../../scipop/services/venues.py" line="-64" />
            <location line="+102" />
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
            <location filename="../../scipop/services/people.py" line="-110" />
            <source>Enter the phone number.</source>
            <translation>请填写电话号码。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/attendee_rows.py" line="-15" />
            <location filename="../../scipop/services/people.py" line="+5" />
            <source>'{value}' is not a phone number (digits only).</source>
            <translation>“{value}”不是有效的电话号码（只能包含数字）。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/people.py" line="+24" />
            <source>Volunteer #{id} does not exist.</source>
            <translation>志愿者 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The chosen organization no longer exists.</source>
            <translation>所选单位已不存在。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{name} is on {count} shift(s); mark them inactive instead of deleting.</source>
            <translation>{name} 已排了 {count} 个班次，请将其设为不活跃，不要删除。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Attendee #{id} does not exist.</source>
            <translation>观众 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{name} holds {count} ticket(s); cancel them before deleting.</source>
            <translation>{name} 持有 {count} 张门票，请先取消门票再删除。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/attendee_rows.py" line="+173" />
            <location filename="../../scipop/registration/capacity.py" line="+22" />
            <location filename="../../scipop/registration/queries.py" line="-1" />
            <location filename="../../scipop/services/sessions.py" line="+18" />
            <source>Session #{id} does not exist.</source>
            <translation>场次 #{id} 不存在。</translation>
        </message>
        <message>
            <location filename="../../scipop/registration/capacity.py" line="+1" />
            <source>The session '{title}' at {start} was cancelled; nobody can register for it.</source>
            <translation>{start} 的场次“{title}”已取消，无法报名。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/attendee_rows.py" line="-155" />
            <location filename="../../scipop/registration/capacity.py" line="+3" />
            <source>{name} ({phone}) is already registered for this session (ticket #{ticket}).</source>
            <translation>{name}（{phone}）已报名本场次（门票 #{ticket}）。</translation>
        </message>
        <message>
            <location filename="../../scipop/services/venues.py" line="-116" />
            <source>Venue #{id} does not exist.</source>
            <translation>场馆 #{id} 不存在。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A venue named '{value}' already exists.</source>
            <translation>已有名为“{value}”的场馆。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Venue '{name}' still has {count} room(s); delete them first.</source>
            <translation>场馆“{name}”下还有 {count} 个场地，请先删除这些场地。</translation>
        </message>
        <message>
            <location line="+82" />
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
            <location filename="../../scipop/registration/admission.py" line="+123" />
            <location filename="../../scipop/tickets/codes.py" line="+55" />
            <source>'{code}' is not a ticket code.</source>
            <translation>“{code}”不是门票码。</translation>
        </message>
        <message>
            <location filename="../../scipop/tickets/codes.py" line="+1" />
            <source>Ticket code '{code}' was not issued by this database (unknown key).</source>
            <translation>门票码“{code}”不是本数据库签发的（未知密钥）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ticket code '{code}' is not genuine: its signature does not match.</source>
            <translation>门票码“{code}”是伪造的：签名不符。</translation>
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
            <location filename="../../scipop/importing/attendees.py" line="+37" />
            <source>'{name}' has no {columns} column; map one, or choose the session for the whole file.</source>
            <translation>“{name}”中没有“{columns}”列；请指定对应的列，或为整个文件选择同一场次。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>'{name}' has a header row but no registrations under it.</source>
            <translation>“{name}”只有表头行，下面没有报名记录。</translation>
        </message>
        <message>
            <location filename="../../scipop/importing/sessions.py" line="+62" />
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
            <location line="+3" />
            <source>'{name}' has a header row but no sessions under it.</source>
            <translation>“{name}”只有表头行，下面没有场次。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/register_dialog.py" line="-190" />
            <source>Choose a session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/session_dialog.py" line="-253" />
            <source>Choose the event this session belongs to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the hall.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../../scipop/importing/attendee_mapping.py" line="+23" />
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
            <source>Notes</source>
            <translation>备注</translation>
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
            <location filename="../../ui/ticket_labels.py" line="+23" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>VIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Press</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Single</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Waiting list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Admitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Admitted in part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invalid code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Already used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wrong session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not yet open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Full</source>
            <translation type="unfinished" />
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
            <location filename="../../scipop/registration/admission.py" line="-97" />
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
    </context>
</TS>
