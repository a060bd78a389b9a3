<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalancePane</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/balance_pane.py" line="199"/>
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
        <location filename="../vetdesk/ui/banner.py" line="130"/>
        <source>Overdue debt: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Overdue debt: {amount}, %n day overdue</numerusform>
            <numerusform>Overdue debt: {amount}, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="136"/>
        <source>Overdue: {amount}, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Overdue: {amount}, %n day; within the clinic&apos;s days of grace</numerusform>
            <numerusform>Overdue: {amount}, %n days; within the clinic&apos;s days of grace</numerusform>
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
</TS>
