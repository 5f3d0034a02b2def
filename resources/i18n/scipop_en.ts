<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AttendeeActions</name>
        <message numerus="yes">
            <location filename="../../ui/pages/attendee_actions.py" line="+360" />
            <source>%n selected ticket(s)</source>
            <translation>
                <numerusform>%n selected ticket</numerusform>
                <numerusform>%n selected tickets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+55" />
            <source>Saved %n QR image(s) in %1.</source>
            <translation>
                <numerusform>Saved %n QR image in %1.</numerusform>
                <numerusform>Saved %n QR images in %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BadgePrintDialog</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/badge_dialog.py" line="+69" />
            <source>%n badge(s) on %1.</source>
            <translation>
                <numerusform>%n badge on %1.</numerusform>
                <numerusform>%n badges on %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/calendar.py" line="+305" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+258" />
            <source>%n session(s) created in the series.</source>
            <translation>
                <numerusform>%n session created in the series.</numerusform>
                <numerusform>%n sessions created in the series.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%n session(s) imported.</source>
            <translation>
                <numerusform>%n session imported.</numerusform>
                <numerusform>%n sessions imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClosedDaysDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/closed_days_dialog.py" line="+212" />
            <source>%n day(s) closed.</source>
            <translation>
                <numerusform>%n day closed.</numerusform>
                <numerusform>%n days closed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n session(s) already booked on them stay: move or cancel them in the calendar.</source>
            <translation>
                <numerusform>%n session already booked on them stays: move or cancel it in the calendar.</numerusform>
                <numerusform>%n sessions already booked on them stay: move or cancel them in the calendar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n day(s) open again.</source>
            <translation>
                <numerusform>%n day open again.</numerusform>
                <numerusform>%n days open again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/import_sessions.py" line="+173" />
            <source>%1, sheet %2: %n row(s).</source>
            <translation>
                <numerusform>%1, sheet %2: %n row.</numerusform>
                <numerusform>%1, sheet %2: %n rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message numerus="yes">
            <location filename="../../ui/pages/events.py" line="+67" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/hours.py" line="+180" />
            <source>%n volunteer(s)</source>
            <translation>
                <numerusform>%n volunteer</numerusform>
                <numerusform>%n volunteers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n no-show(s)</source>
            <translation>
                <numerusform>%n no-show</numerusform>
                <numerusform>%n no-shows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSessionsDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/import_sessions.py" line="+253" />
            <source>%n row(s) have problems; nothing can be imported until the file is fixed.</source>
            <translation>
                <numerusform>%n row has problems; nothing can be imported until the file is fixed.</numerusform>
                <numerusform>%n rows have problems; nothing can be imported until the file is fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) read.</source>
            <translation>
                <numerusform>%n row read.</numerusform>
                <numerusform>%n rows read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>All %n row(s) can be imported.</source>
            <translation>
                <numerusform>The %n row can be imported.</numerusform>
                <numerusform>All %n rows can be imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportVolunteersDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/import_volunteers.py" line="+99" />
            <source>%n new organization(s) will be added: %1.</source>
            <translation>
                <numerusform>%n new organization will be added: %1.</numerusform>
                <numerusform>%n new organizations will be added: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Imported %n volunteer(s).</source>
            <translation>
                <numerusform>Imported %n volunteer.</numerusform>
                <numerusform>Imported %n volunteers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Added %n organization(s): %1.</source>
            <translation>
                <numerusform>Added %n organization: %1.</numerusform>
                <numerusform>Added %n organizations: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/import_sessions.py" line="-155" />
            <source>%n session(s) imported from %1; they are on the calendar.</source>
            <translation>
                <numerusform>%n session imported from %1; it is on the calendar.</numerusform>
                <numerusform>%n sessions imported from %1; they are on the calendar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterTab</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/roster.py" line="+230" />
            <source>%n volunteer(s)</source>
            <translation>
                <numerusform>%n volunteer</numerusform>
                <numerusform>%n volunteers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScheduleExportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/schedule_export.py" line="+192" />
            <source>%n volunteer(s): %1</source>
            <translation>
                <numerusform>%n volunteer: %1</numerusform>
                <numerusform>%n volunteers: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeriesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/series_dialog.py" line="+500" />
            <source>%n occurrence(s) cannot be booked as planned. Skip or move each one (Action and Move to columns) before creating the series.</source>
            <translation>
                <numerusform>%n occurrence cannot be booked as planned. Skip or move it (Action and Move to columns) before creating the series.</numerusform>
                <numerusform>%n occurrences cannot be booked as planned. Skip or move each one (Action and Move to columns) before creating the series.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n session(s) will be created.</source>
            <translation>
                <numerusform>%n session will be created.</numerusform>
                <numerusform>%n sessions will be created.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShiftLinesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/hours.py" line="+90" />
            <source>%n shift(s)</source>
            <translation>
                <numerusform>%n shift</numerusform>
                <numerusform>%n shifts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShiftSeriesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/series_dialog.py" line="+279" />
            <source>%n shift(s) will be created.</source>
            <translation>
                <numerusform>%n shift will be created.</numerusform>
                <numerusform>%n shifts will be created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n session(s) already have this shift and are left out.</source>
            <translation>
                <numerusform>%n session already has this shift and is left out.</numerusform>
                <numerusform>%n sessions already have this shift and are left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>All %n session(s) in that period already have this shift: nothing to create.</source>
            <translation>
                <numerusform>The %n session in that period already has this shift: nothing to create.</numerusform>
                <numerusform>All %n sessions in that period already have this shift: nothing to create.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffingTab</name>
        <message numerus="yes">
            <location filename="../../ui/volunteers/staffing.py" line="+351" />
            <source>%n shift(s)</source>
            <translation>
                <numerusform>%n shift</numerusform>
                <numerusform>%n shifts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n under-staffed</source>
            <translation>
                <numerusform>%n under-staffed</numerusform>
                <numerusform>%n under-staffed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+167" />
            <source>%n volunteer(s) assigned to it will be taken off.</source>
            <translation>
                <numerusform>%n volunteer assigned to it will be taken off.</numerusform>
                <numerusform>%n volunteers assigned to it will be taken off.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarHeader</name>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
    </context>
</TS>