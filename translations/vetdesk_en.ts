<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="973"/>
        <source>{name} agrees to pay {amount} in %n monthly instalment(s).</source>
        <translation>
            <numerusform>{name} agrees to pay {amount} in %n monthly instalment.</numerusform>
            <numerusform>{name} agrees to pay {amount} in %n monthly instalments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="975"/>
        <source>{name} agrees to pay {amount} in %n instalment(s), one every two weeks.</source>
        <translation>
            <numerusform>{name} agrees to pay {amount} in %n instalment, one every two weeks.</numerusform>
            <numerusform>{name} agrees to pay {amount} in %n instalments, one every two weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/agreement_dialog.py" line="977"/>
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
        <location filename="../vetdesk/ui/banner.py" line="131"/>
        <source>Overdue debt: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Overdue debt: {amount}, %n day overdue</numerusform>
            <numerusform>Overdue debt: {amount}, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="137"/>
        <source>Overdue: {amount}, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Overdue: {amount}, %n day; within the clinic&apos;s days of grace</numerusform>
            <numerusform>Overdue: {amount}, %n days; within the clinic&apos;s days of grace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="153"/>
        <source>Late instalment of agreement {number}: {amount}, %n day(s) overdue</source>
        <translation>
            <numerusform>Late instalment of agreement {number}: {amount}, %n day overdue</numerusform>
            <numerusform>Late instalment of agreement {number}: {amount}, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetdesk/ui/banner.py" line="156"/>
        <source>Agreement {number}: {amount} overdue, %n day(s); within the clinic&apos;s days of grace</source>
        <translation>
            <numerusform>Agreement {number}: {amount} overdue, %n day; within the clinic&apos;s days of grace</numerusform>
            <numerusform>Agreement {number}: {amount} overdue, %n days; within the clinic&apos;s days of grace</numerusform>
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
