<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1007"/>
        <source>{name} agrees to pay {amount} in %n monthly instalment(s).</source>
        <translation>
            <numerusform>{name} agrees to pay {amount} in %n monthly instalment.</numerusform>
            <numerusform>{name} agrees to pay {amount} in %n monthly instalments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1009"/>
        <source>{name} agrees to pay {amount} in %n instalment(s), one every two weeks.</source>
        <translation>
            <numerusform>{name} agrees to pay {amount} in %n instalment, one every two weeks.</numerusform>
            <numerusform>{name} agrees to pay {amount} in %n instalments, one every two weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="1011"/>
        <source>{name} agrees to pay {amount} in %n weekly instalment(s).</source>
        <translation>
            <numerusform>{name} agrees to pay {amount} in %n weekly instalment.</numerusform>
            <numerusform>{name} agrees to pay {amount} in %n weekly instalments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancePane</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/balance_pane.py" line="203"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtBanner</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="134"/>
        <source>Overdue debt: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Overdue debt: {amount}, %n day overdue</numerusform>
            <numerusform>Overdue debt: {amount}, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="140"/>
        <source>Overdue: {amount}, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Overdue: {amount}, %n day; within the clinic&apos;s days of grace</numerusform>
            <numerusform>Overdue: {amount}, %n days; within the clinic&apos;s days of grace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="156"/>
        <source>Late instalment of agreement {number}: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Late instalment of agreement {number}: {amount}, %n day overdue</numerusform>
            <numerusform>Late instalment of agreement {number}: {amount}, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="159"/>
        <source>Agreement {number}: {amount} overdue, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Agreement {number}: {amount} overdue, %n day; within the clinic&apos;s days of grace</numerusform>
            <numerusform>Agreement {number}: {amount} overdue, %n days; within the clinic&apos;s days of grace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorSearchView</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/debtors_view.py" line="813"/>
        <location filename="../vetdesk/ui/debtors_view.py" line="1065"/>
        <source>%n client(s), {amount} owed</source>
        <translation>
            <numerusform>%n client, {amount} owed</numerusform>
            <numerusform>%n clients, {amount} owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/debtors_view.py" line="1014"/>
        <source>%n client(s) exported to {path}.</source>
        <translation>
            <numerusform>%n client exported to {path}.</numerusform>
            <numerusform>%n clients exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/decision_dialogs.py" line="493"/>
        <source>{amount}, since {date} (%n day(s))</source>
        <translation>
            <numerusform>{amount}, since {date} (%n day)</numerusform>
            <numerusform>{amount}, since {date} (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="644"/>
        <source>%n reminder(s) in the queue</source>
        <translation>
            <numerusform>%n reminder in the queue</numerusform>
            <numerusform>%n reminders in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="750"/>
        <source>%n reminder(s) would be prepared for {date}. Nothing was stored.</source>
        <translation>
            <numerusform>%n reminder would be prepared for {date}. Nothing was stored.</numerusform>
            <numerusform>%n reminders would be prepared for {date}. Nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="768"/>
        <source>%n reminder(s) prepared for {date}.</source>
        <translation>
            <numerusform>%n reminder prepared for {date}.</numerusform>
            <numerusform>%n reminders prepared for {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="897"/>
        <source>%n reminder(s) approved for sending.</source>
        <translation>
            <numerusform>%n reminder approved for sending.</numerusform>
            <numerusform>%n reminders approved for sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="924"/>
        <source>%n reminder(s) skipped.</source>
        <translation>
            <numerusform>%n reminder skipped.</numerusform>
            <numerusform>%n reminders skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/search_panel.py" line="194"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/reminders_dialog.py" line="267"/>
        <source>%n reminder(s) will leave the queue without being sent. The reason is stored with your name.</source>
        <translation>
            <numerusform>%n reminder will leave the queue without being sent. The reason is stored with your name.</numerusform>
            <numerusform>%n reminders will leave the queue without being sent. The reason is stored with your name.</numerusform>
        </translation>
    </message>
</context>
</TS>
