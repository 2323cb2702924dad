<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="67"/>
        <source>Afwezigheid melden</source>
        <translation>Report absence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="83"/>
        <source>&amp;Ziek</source>
        <translation>&amp;Sick</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="84"/>
        <source>&amp;Geoorloofd afwezig</source>
        <translation>&amp;Excused absence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="85"/>
        <source>Toets Z</source>
        <translation>Key Z</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="86"/>
        <source>Toets G</source>
        <translation>Key G</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="104"/>
        <source>Deze les</source>
        <translation>This lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="105"/>
        <source>Een dag</source>
        <translation>One day</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="106"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="124"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="146"/>
        <source>bijv. &apos;moeder belde om 07:30&apos;</source>
        <translation>e.g. &apos;mother called at 07:30&apos;</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="149"/>
        <source>Geen medische details: noteer alleen dát iemand ziek is (AVG).</source>
        <translation>No medical details: only record that someone is sick (GDPR).</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="153"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="162"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="163"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="164"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="165"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="226"/>
        <source>Geen lessen in de komende vier weken</source>
        <translation>No lessons in the next four weeks</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="227"/>
        <source>Kies eerst een deelnemer</source>
        <translation>Choose a participant first</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="244"/>
        <source>Kies eerst een deelnemer.</source>
        <translation>Choose a participant first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="252"/>
        <source>Kies een les.</source>
        <translation>Choose a lesson.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="291"/>
        <source>Er is niets opgeslagen.</source>
        <translation>Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="60"/>
        <source>Locaties</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>het beheer van de locaties van de BVM</source>
        <translation type="vanished">managing the sites of the BVM</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="61"/>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="62"/>
        <source>Leerbedrijven</source>
        <translation>Training companies</translation>
    </message>
    <message>
        <source>het beheer van leerbedrijven met hun SBB leerbedrijf-ID</source>
        <translation type="vanished">managing training companies with their SBB company ID</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="63"/>
        <source>Praktijkopleiders</source>
        <translation>Workplace trainers</translation>
    </message>
    <message>
        <source>het beheer van praktijkopleiders per leerbedrijf</source>
        <translation type="vanished">managing workplace trainers per training company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="64"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>het beheer van modules met uren, werkprocessen en beoordelingsformulieren</source>
        <translation type="vanished">managing modules with hours, work processes and assessment forms</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="65"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>het beheer van groepen, hun lessen en inschrijvingen</source>
        <translation type="vanished">managing groups, their lessons and enrolments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="70"/>
        <source>Vakanties</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>het invoeren van de schoolvakanties per locatie, die niet meetellen voor verzuimsignalen</source>
        <translation type="vanished">entering the school holidays per site, which do not count for absence signals</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="73"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>het importeren van een Excel-werkmap of CSV-map, helemaal of helemaal niet</source>
        <translation type="vanished">importing an Excel workbook or CSV folder, all or nothing</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="76"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>het exporteren van alle gegevens als Excel-werkmap of CSV-map</source>
        <translation type="vanished">exporting all data as an Excel workbook or CSV folder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="79"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>het maken, bekijken en terugzetten van back-ups</source>
        <translation type="vanished">making, viewing and restoring backups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="83"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>het uitwisselen van gegevens met de andere locaties en de centrale database</source>
        <translation type="vanished">exchanging data with the other sites and the central database</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="86"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>het auditlogboek: wie wat wanneer heeft gewijzigd, met controle van de keten</source>
        <translation type="vanished">the audit log: who changed what and when, with a check of the chain</translation>
    </message>
    <message>
        <source>Hier beheert u straks de locaties van de BVM.</source>
        <translation type="vanished">This is where you will soon manage the sites of the BVM.</translation>
    </message>
    <message>
        <source>Hier beheert u straks de leerbedrijven, met hun leerbedrijf-ID van SBB.</source>
        <translation type="vanished">This is where you will soon manage the training companies, with their SBB company ID.</translation>
    </message>
    <message>
        <source>Hier beheert u straks de praktijkopleiders per leerbedrijf.</source>
        <translation type="vanished">This is where you will soon manage the workplace trainers per training company.</translation>
    </message>
    <message>
        <source>Hier beheert u straks de modules, met hun uren, werkprocessen en beoordelingsformulieren.</source>
        <translation type="vanished">This is where you will soon manage the modules, with their hours, work processes and assessment forms.</translation>
    </message>
    <message>
        <source>Hier beheert u straks de groepen, met hun lessen en inschrijvingen.</source>
        <translation type="vanished">This is where you will soon manage the groups, with their lessons and enrolments.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="66"/>
        <source>Beoordelingsformulieren</source>
        <translation>Assessment forms</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="68"/>
        <source>Aftekentaken</source>
        <translation>Sign-off tasks</translation>
    </message>
    <message>
        <source>Hier beheert u de taken die een praktijkopleider per module aftekent.</source>
        <translation type="vanished">This is where you manage the tasks that a workplace trainer signs off per module.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="69"/>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="71"/>
        <source>Hier voert u straks de schoolvakanties per locatie in; vakantieweken tellen niet mee voor verzuimsignalen.</source>
        <translation>This is where you will soon enter the school holidays per site; holiday weeks do not count for absence signals.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="74"/>
        <source>Hier importeert u straks een Excel-werkmap of CSV-map: helemaal of helemaal niet.</source>
        <translation>This is where you will soon import an Excel workbook or CSV folder: all or nothing.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="77"/>
        <source>Hier exporteert u straks alle gegevens als Excel-werkmap of CSV-map.</source>
        <translation>This is where you will soon export all data as an Excel workbook or CSV folder.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="80"/>
        <source>Hier maakt en bekijkt u straks back-ups, en zet u er een terug.</source>
        <translation>This is where you will soon make and view backups, and restore one.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="82"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="84"/>
        <source>Hier wisselt u straks gegevens uit met de andere locaties en de centrale database.</source>
        <translation>This is where you will soon exchange data with the other sites and the central database.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="87"/>
        <source>Hier ziet u straks het auditlogboek: wie wat wanneer heeft gewijzigd, met een controle van de keten.</source>
        <translation>This is where you will soon see the audit log: who changed what and when, with a check of the chain.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="89"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="111"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="112"/>
        <source>Zoek een onderdeel</source>
        <translation>Find a section</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="184"/>
        <source>Een scanlog van een badgezuil (badge;tijdstip per regel) wordt aankomst en vertrek bij de lessen van dat moment.</source>
        <translation>A scanner log from a badge terminal (badge;time on each line) becomes arrivals and departures at the lessons running at that moment.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="188"/>
        <source>Scanlog inlezen…</source>
        <translation>Import scanner log…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>De snelle controle van de database vond problemen:
{problems}

Maak geen wijzigingen meer, sluit BVM Desk en laat de beheerder &apos;bvmdesk check&apos; uitvoeren of een back-up terugzetten.</source>
        <translation type="vanished">The quick check of the database found problems:
{problems}

Make no more changes, close BVM Desk and ask the administrator to run &apos;bvmdesk check&apos; or to restore a backup.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/app.py" line="345"/>
        <source>De back-up bij het afsluiten is mislukt: {reason}</source>
        <translation>The backup at exit failed: {reason}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="71"/>
        <source>Bpv-uren goedkeuren</source>
        <translation>Approve work placement hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="83"/>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="85"/>
        <source>Goedkeuren (Ctrl+Enter)</source>
        <translation>Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="87"/>
        <source>Bon afdrukken of opslaan</source>
        <translation>Print or save receipt</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="90"/>
        <source>Bon openen</source>
        <translation>Open receipt</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="93"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="96"/>
        <source>Weken</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="97"/>
        <source>Datum van goedkeuring</source>
        <translation>Date of approval</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="127"/>
        <source>Samen {hours} uur, voor {name} bij {company}.</source>
        <translation>{hours} hours in total, for {name} at {company}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="132"/>
        <source>Een deel van de gekozen weken is intussen gewijzigd; kies de weken opnieuw.</source>
        <translation>Some of the chosen weeks have changed in the meantime; choose the weeks again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="146"/>
        <source>Vul de datum in.</source>
        <translation>Fill in the date.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="163"/>
        <source>Goedgekeurd door {trainer}.</source>
        <translation>Approved by {trainer}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="169"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="177"/>
        <source>Bon opslaan</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="188"/>
        <source>Bon opgeslagen: {path}.</source>
        <translation>Receipt saved: {path}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="192"/>
        <source>De bon kon niet worden gemaakt; de goedkeuring zelf is wel vastgelegd.</source>
        <translation>The receipt could not be created; the approval itself has been recorded.</translation>
    </message>
</context>
<context>
    <name>AssessmentForms</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="16"/>
        <source>Bpv-voortgang</source>
        <translation>Work placement progress</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="17"/>
        <source>Praktijkopdracht</source>
        <translation>Practical assignment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="18"/>
        <source>Examenbewijs</source>
        <translation>Exam evidence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="24"/>
        <source>O/V/G (onvoldoende, voldoende, goed)</source>
        <translation>O/V/G (insufficient, sufficient, good)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="26"/>
        <source>A/NA (acceptabel, niet acceptabel)</source>
        <translation>A/NA (acceptable, not acceptable)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="28"/>
        <source>Cijfer (1,0 tot 10,0)</source>
        <translation>Grade (1.0 to 10.0)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="30"/>
        <source>Cijfer</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="18"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="19"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AssessmentFormsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="66"/>
        <source>Beoordelingsformulieren</source>
        <translation>Assessment forms</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="69"/>
        <source>Een formulier dat al gebruikt is, verandert nooit: wijzigen maakt een nieuwe versie, en beoordelingen houden de versie waarmee ze gemaakt zijn.</source>
        <translation>A form that has already been used never changes: editing it creates a new version, and assessments keep the version they were made with.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="79"/>
        <source>Zoek op code, naam of module</source>
        <translation>Search by code, name or module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="82"/>
        <source>Gearchiveerde tonen</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="83"/>
        <source>Nieuw formulier</source>
        <translation>New form</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="87"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="102"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="98"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="99"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="100"/>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="104"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="105"/>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="106"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="108"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="110"/>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="112"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="113"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="343"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="114"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="344"/>
        <source>Bekijken…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="115"/>
        <source>Kopiëren…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="116"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="342"/>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="117"/>
        <source>Lege versie afdrukken…</source>
        <translation>Print blank version…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="146"/>
        <source>Alleen een beheerder wijzigt formulieren.</source>
        <translation>Only an administrator can edit forms.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="200"/>
        <source>Alle modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="214"/>
        <source>Geen formulier past bij de zoektekst.</source>
        <translation>No form matches the search text.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="217"/>
        <source>Nog geen beoordelingsformulieren. Maak er een met ‘Nieuw formulier’.</source>
        <translation>No assessment forms yet. Create one with ‘New form’.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="236"/>
        <source>Kies eerst een formulier in de lijst.</source>
        <translation>Choose a form in the list first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="268"/>
        <source>Formulier {code} is teruggezet.</source>
        <translation>Form {code} has been restored.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="271"/>
        <source>Beoordelingsformulier {code} ({name}) archiveren? Het wordt niet meer aangeboden voor nieuwe beoordelingen; bestaande beoordelingen houden het.</source>
        <translation>Archive assessment form {code} ({name})? It will no longer be offered for new assessments; existing assessments keep it.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="274"/>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="277"/>
        <source>Formulier {code} is gearchiveerd.</source>
        <translation>Form {code} has been archived.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="307"/>
        <source>Formulier {code} wordt gemaakt…</source>
        <translation>Creating form {code}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="319"/>
        <source>Leeg formulier opslaan als PDF</source>
        <translation>Save blank form as PDF</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="320"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="341"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="355"/>
        <source>Formulier {code} versie {version} is opgeslagen.</source>
        <translation>Form {code} version {version} has been saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="360"/>
        <source>Kopie {code} is gemaakt.</source>
        <translation>Copy {code} has been created.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="382"/>
        <source>Leeg formulier opgeslagen: {path}</source>
        <translation>Blank form saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="386"/>
        <source>Het formulier kon niet worden gemaakt; er is niets opgeslagen.</source>
        <translation>The form could not be created; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>AssessmentProgress</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="26"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="27"/>
        <source>Examen</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="28"/>
        <source>Bpv</source>
        <translation>Work placement</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="34"/>
        <source>Onvoldoende</source>
        <translation>Insufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="35"/>
        <source>Voldoende</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="36"/>
        <source>Goed</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="46"/>
        <source>O = Onvoldoende · V = Voldoende · G = Goed · – = nog geen definitieve beoordeling</source>
        <translation>O = Insufficient · V = Sufficient · G = Good · – = no final assessment yet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="53"/>
        <source>{kind} {code}, {day}</source>
        <translation>{kind} {code}, {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="69"/>
        <source>Nog geen definitieve beoordeling.</source>
        <translation>No final assessment yet.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Voortgang per groep</source>
        <translation type="vanished">Progress per group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="52"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="53"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="54"/>
        <source>Beoordelingsformulier</source>
        <translation>Assessment form</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="56"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="57"/>
        <source>Beoordelaar</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="59"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="107"/>
        <source>Beoordelingen</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="108"/>
        <source>Nieuwe beoordeling</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="109"/>
        <source>Code, deelnemer of scan badge</source>
        <translation>Code, participant or scan badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="147"/>
        <source>&amp;Concepten</source>
        <translation>&amp;Drafts</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation type="vanished">Drafts</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="218"/>
        <source>U mag geen beoordelingen vastleggen.</source>
        <translation>You may not record assessments.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="288"/>
        <source>Onbekende badge: {code}</source>
        <translation>Unknown badge: {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/page_factory.py" line="43"/>
        <source>&amp;Voortgang per groep</source>
        <translation>&amp;Progress per group</translation>
    </message>
</context>
<context>
    <name>AttendanceForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="220"/>
        <source>Presentieoverzicht per groep</source>
        <translation>Attendance overview per group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="221"/>
        <source>Per deelnemer van de groep: geplande, aanwezige, geoorloofd en ongeoorloofd gemiste uren en het aanwezigheidspercentage over de periode.</source>
        <translation>For each participant in the group: hours planned, hours present, hours missed with and without excuse, and the attendance percentage over the period.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="226"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="227"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>AttendanceText</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="28"/>
        <source>{hours} uur {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="31"/>
        <source>{hours} uur</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="32"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="45"/>
        <source>{value} (minimaal {minimum}%)</source>
        <translation>{value} (minimum {minimum}%)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="68"/>
        <source>{first} t/m {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="79"/>
        <source>Geoorloofd</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="94"/>
        <source>les {time}</source>
        <translation>lesson {time}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="96"/>
        <source>les {label}</source>
        <translation>lesson {label}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="100"/>
        <source>hele dag</source>
        <translation>whole day</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="105"/>
        <source>t/m {last}</source>
        <translation>until {last}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="123"/>
        <source>Gemeld door {user} op {day} {time}</source>
        <translation>Reported by {user} on {day} {time}</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="67"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="71"/>
        <source>BVM Desk maakt elke dag en bij het afsluiten een back-up en bewaart de laatste 7 dagen en 4 weken. Elke back-up wordt na het maken gecontroleerd (quick_check en de audit-keten). Bij terugzetten wordt de huidige database eerst apart gezet.</source>
        <translation>BVM Desk makes a backup every day and at exit, and keeps the last 7 days and 4 weeks. Every backup is checked after it is made (quick_check and the audit chain). Before a restore, the current database is set aside first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="77"/>
        <source>Deze database staat op een PostgreSQL-server: back-ups maakt u hier met pg_dump, of laat de beheerder van de server ze inplannen. Terugzetten doet de beheerder van de server met pg_restore.</source>
        <translation>This database is on a PostgreSQL server: make backups here with pg_dump, or have the server&apos;s administrator schedule them. The server&apos;s administrator restores with pg_restore.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="83"/>
        <source>Alleen een beheerder kan back-ups maken of terugzetten; u bent ingelogd als {name} ({role}).</source>
        <translation>Only an administrator can make or restore backups; you are logged in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="95"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="97"/>
        <source>Bijvoorbeeld een USB-stick. Is die map er later niet, dan gaan de back-ups naar de standaardmap.</source>
        <translation>A USB stick, for example. If that folder is missing later, backups go to the default folder.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="99"/>
        <source>Standaardmap</source>
        <translation>Default folder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="110"/>
        <source>Nu back-up maken</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="114"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="117"/>
        <source>Ander bestand terugzetten…</source>
        <translation>Restore another file…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="131"/>
        <source>Er zijn nog geen back-ups in deze map.</source>
        <translation>There are no backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="183"/>
        <source>In orde</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="185"/>
        <source> (let op: {warnings})</source>
        <translation> (note: {warnings})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="188"/>
        <source>Niet in orde: {problems}</source>
        <translation>Not OK: {problems}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="205"/>
        <source>Back-upmap: {path}</source>
        <translation>Backup folder: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="227"/>
        <source>Bezig met de back-up…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="230"/>
        <source>Back-up gemaakt en gecontroleerd: {path}</source>
        <translation>Backup made and checked: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="245"/>
        <source>De back-up wordt gecontroleerd…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="249"/>
        <source>Deze back-up is niet in orde en wordt niet teruggezet:
{problems}</source>
        <translation>This backup is not OK and will not be restored:
{problems}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="255"/>
        <source>een back-up terugzetten</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="261"/>
        <source>De back-up van {moment} ({kind}) terugzetten?

De huidige database wordt eerst apart gezet in dezelfde map (…voor-herstel-…). Wat na deze back-up is vastgelegd, staat daarna alleen nog in dat aparte bestand.

BVM Desk sluit het hoofdvenster, zet de back-up terug en vraagt u daarna opnieuw in te loggen.</source>
        <translation>Restore the backup of {moment} ({kind})?

The current database is first set aside in the same folder (…voor-herstel-…). What was recorded after this backup will then only be in that file.

BVM Desk closes the main window, restores the backup and then asks you to log in again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="267"/>
        <source>Let op: {warnings}</source>
        <translation>Note: {warnings}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="270"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="271"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="283"/>
        <source>Back-up kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="284"/>
        <source>SQLite-back-up (*.sqlite);;Alle bestanden (*)</source>
        <translation>SQLite backup (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="299"/>
        <source>De keuze kon niet worden bewaard: {reason}</source>
        <translation>The choice could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="302"/>
        <source>Back-ups gaan voortaan naar {path}.</source>
        <translation>Backups now go to {path}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="307"/>
        <source>Map voor de back-ups kiezen</source>
        <translation>Choose the folder for backups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="316"/>
        <source>Dat is niet gelukt.</source>
        <translation>That did not work.</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/files.py" line="41"/>
        <source>Het PDF-bestand kon niet worden klaargezet ({error}).</source>
        <translation>The PDF file could not be prepared ({error}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/files.py" line="47"/>
        <source>Er is geen programma gevonden dat PDF-bestanden opent. Het bestand staat hier: {path}</source>
        <translation>No program was found that opens PDF files. The file is here: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/files.py" line="63"/>
        <source>Certificaat opslaan</source>
        <translation>Save certificate</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/pdf_pages.py" line="116"/>
        <source>De printer kon niet worden geopend; er is niets afgedrukt.</source>
        <translation>The printer could not be opened; nothing has been printed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/pdf_pages.py" line="144"/>
        <source>Certificaten afdrukken</source>
        <translation>Print certificates</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="51"/>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="52"/>
        <source>Verifiëren…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="53"/>
        <source>Zoek op nummer, naam of groep</source>
        <translation>Search by number, name or group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="66"/>
        <source>Een certificaat controleren: de QR-code scannen of de tekst plakken (Ctrl+Shift+V)</source>
        <translation>Verify a certificate: scan the QR code or paste the text (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="81"/>
        <source>&amp;Uitgegeven</source>
        <translation>I&amp;ssued</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="84"/>
        <source>U&amp;itgeven</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="89"/>
        <source>&amp;Verlopen binnenkort</source>
        <translation>&amp;Expiring soon</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="248"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="119"/>
        <source>Afgedrukt: {pages} pagina(&apos;s).</source>
        <translation>Printed: {pages} page(s).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="262"/>
        <source>De certificaten zijn opgeslagen: {path}</source>
        <translation>The certificates have been saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="25"/>
        <source>Heeft er al één</source>
        <translation>Already has one</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="27"/>
        <source>Ja (toestemming)</source>
        <translation>Yes (permission)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="29"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="31"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="55"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="75"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="56"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="74"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="58"/>
        <source>Mag</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="66"/>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="72"/>
        <source>Toestemming</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="76"/>
        <source>Toch toegestaan door een beheerder: {reason}</source>
        <translation>Allowed anyway by an administrator: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="83"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="43"/>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="68"/>
        <source>Er is geen certificaat uitgegeven.</source>
        <translation>No certificate has been issued.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="70"/>
        <source>1 certificaat uitgegeven: {number}.</source>
        <translation>1 certificate issued: {number}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="74"/>
        <source>{count} certificaten uitgegeven: {first} t/m {last}.</source>
        <translation>{count} certificates issued: {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="78"/>
        <source>U hebt het uitgeven gestopt; wat is uitgegeven is heel en telt mee, de rest kunt u later uitgeven.</source>
        <translation>You stopped issuing; what has been issued is complete and counts, the rest you can issue later.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="84"/>
        <source>{count} overgeslagen.</source>
        <translation>{count} skipped.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="95"/>
        <source>Overgeslagen:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="113"/>
        <source>Certificaten uitgegeven</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="121"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="178"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="125"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="128"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="70"/>
        <source>Kies of zoek een groep…</source>
        <translation>Choose or search for a group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="71"/>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="77"/>
        <source>S&amp;oort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="83"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="104"/>
        <source>Toch toestaan…</source>
        <translation>Allow anyway…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="107"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="307"/>
        <source>Toestemming intrekken</source>
        <translation>Revoke permission</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="112"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="115"/>
        <source>Het eerste certificaat van deze reeks bekijken, zonder het uit te geven</source>
        <translation>View the first certificate of this batch without issuing it</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="121"/>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="329"/>
        <source>Uitgeven</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="32"/>
        <source>minimaal {pct} % aanwezig</source>
        <translation>at least {pct} % present</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="35"/>
        <source>geen eis aan aanwezigheid</source>
        <translation>no attendance requirement</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="37"/>
        <source>{module} · {module_name} · {kind} ({minimum}). Nu uit te geven: {ready} van {total} deelnemers; al uitgegeven: {has}.</source>
        <translation>{module} · {module_name} · {kind} ({minimum}). Ready to issue now: {ready} of {total} participants; already issued: {has}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="257"/>
        <source>Uitgeven ({count})</source>
        <translation>Issue ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="260"/>
        <source>Uitgeven aan de geselecteerde deelnemers die een certificaat mogen krijgen</source>
        <translation>Issue to the selected participants who are eligible for a certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="265"/>
        <source>Uitgeven aan iedereen die een certificaat mag krijgen en er nog geen heeft</source>
        <translation>Issue to everyone who is eligible for a certificate and does not have one yet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="298"/>
        <source>Niemand in deze selectie kan nu een certificaat krijgen.</source>
        <translation>Nobody in this selection can receive a certificate now.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="306"/>
        <source>Voorbeeld: {name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="307"/>
        <source>Zo ziet het certificaat van {name} eruit. Dit voorbeeld heeft geen nummer en geen geldige QR-code; er is niets uitgegeven.</source>
        <translation>This is what the certificate of {name} looks like. This preview has no number and no valid QR code; nothing has been issued.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="48"/>
        <source>{count} certificaten uitgeven aan groep {group} ({kind}, {language})? Een uitgegeven certificaat blijft bestaan: een fout herstelt u met Corrigeren of Intrekken.</source>
        <translation>Issue {count} certificates to group {group} ({kind}, {language})? An issued certificate remains: you fix a mistake with Correct or Revoke.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="55"/>
        <source>1 certificaat uitgeven aan {name} ({kind}, {language})? Een uitgegeven certificaat blijft bestaan: een fout herstelt u met Corrigeren of Intrekken.</source>
        <translation>Issue 1 certificate to {name} ({kind}, {language})? An issued certificate remains: you fix a mistake with Correct or Revoke.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="327"/>
        <source>Certificaten uitgeven</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="347"/>
        <source>Certificaat {done} van {total} uitgegeven…</source>
        <translation>Certificate {done} of {total} issued…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="352"/>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="369"/>
        <source>Certificaten uitgeven…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="387"/>
        <source>Het uitgeven is onverwacht gestopt. Wat al is uitgegeven, is heel en staat bij Uitgegeven.</source>
        <translation>Issuing stopped unexpectedly. What has already been issued is complete and is listed under Issued.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="277"/>
        <source>Toch toestaan</source>
        <translation>Allow anyway</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="278"/>
        <source>{name} voldoet niet aan alle voorwaarden ({summary}). Toch een certificaat toestaan? Uw reden wordt vastgelegd en staat in de lijst.</source>
        <translation>{name} does not meet all conditions ({summary}). Allow a certificate anyway? Your reason is recorded and shown in the list.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="284"/>
        <source>Toestaan</source>
        <translation>Allow</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="287"/>
        <source>Waarom? Bijvoorbeeld: ziek gemeld, les later ingehaald</source>
        <translation>Why? For example: reported sick, lesson made up later</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="295"/>
        <source>{name} mag toch een certificaat krijgen.</source>
        <translation>{name} may receive a certificate after all.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="308"/>
        <source>De toestemming voor {name} intrekken? Daarna gelden de voorwaarden weer.</source>
        <translation>Revoke the permission for {name}? After that, the conditions apply again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="247"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="312"/>
        <source>Intrekken</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="320"/>
        <source>De toestemming voor {name} is ingetrokken.</source>
        <translation>The permission for {name} has been revoked.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="60"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="77"/>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="67"/>
        <source>Het afdrukken is mislukt; er is niets afgedrukt.</source>
        <translation>Printing failed; nothing has been printed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="132"/>
        <source>Certificaat {number} geopend in de PDF-viewer ({path}).</source>
        <translation>Certificate {number} opened in the PDF viewer ({path}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="154"/>
        <source>Certificaat {number} opgeslagen: {path}</source>
        <translation>Certificate {number} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="167"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="181"/>
        <source>Certificaat {number} is niet meer geldig en kan niet worden gecorrigeerd; er is niets gewijzigd.</source>
        <translation>Certificate {number} is no longer valid and cannot be corrected; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="191"/>
        <source>Certificaat corrigeren</source>
        <translation>Correct certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="192"/>
        <source>Certificaat {number} van {name} corrigeren? Er komt een nieuw certificaat met de gegevens van vandaag, met een nieuw nummer; {number} wordt daarmee vervangen en geldt niet meer.</source>
        <translation>Correct certificate {number} of {name}? A new certificate is made with today&apos;s details, with a new number; {number} is thereby superseded and no longer valid.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="198"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="207"/>
        <source>Certificaat {new} vervangt {old}.</source>
        <translation>Certificate {new} supersedes {old}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="221"/>
        <source>Alleen een beheerder kan een certificaat intrekken; er is niets gewijzigd.</source>
        <translation>Only an administrator can revoke a certificate; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="230"/>
        <source>Certificaat {number} is al niet meer geldig; er is niets gewijzigd.</source>
        <translation>Certificate {number} is already no longer valid; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="237"/>
        <source>een certificaat intrekken</source>
        <translation>revoke a certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="240"/>
        <source>Certificaat intrekken</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="241"/>
        <source>Certificaat {number} intrekken? Het is van {name} ({module}). Wie de QR-code controleert, ziet daarna &apos;ingetrokken&apos; met uw reden. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Revoke certificate {number}? It belongs to {name} ({module}). Anyone who verifies the QR code will then see &apos;revoked&apos; with your reason. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="250"/>
        <source>Waarom? Bijvoorbeeld: uitgegeven aan de verkeerde deelnemer</source>
        <translation>Why? For example: issued to the wrong participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="263"/>
        <source>Certificaat {number} is ingetrokken.</source>
        <translation>Certificate {number} has been revoked.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="33"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="168"/>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="34"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="169"/>
        <source>Ingetrokken</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="35"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="170"/>
        <source>Vervangen</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="41"/>
        <source>Bewijs van deelname</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="57"/>
        <source>reden: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="61"/>
        <source>vervangen door {number}</source>
        <translation>superseded by {number}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="67"/>
        <source>vervangt {number}</source>
        <translation>supersedes {number}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="76"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="77"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="79"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="84"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="86"/>
        <source>Uitgegeven</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="90"/>
        <source>{date} door {who}</source>
        <translation>{date} by {who}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="103"/>
        <source>Verloopt</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="107"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="167"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="173"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="181"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="184"/>
        <source>Openen in de PDF-viewer (Ctrl+O of Enter)</source>
        <translation>Open in the PDF viewer (Ctrl+O or Enter)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="187"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="190"/>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="193"/>
        <source>Intrekken…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="213"/>
        <source>Nog geen certificaten uitgegeven. Kies het tabblad Uitgeven om te beginnen.</source>
        <translation>No certificates issued yet. Choose the Issue tab to start.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="261"/>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="265"/>
        <source>{total} certificaten</source>
        <translation>{total} certificates</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="306"/>
        <source>Er verlopen geen certificaten in de komende {days} dagen.</source>
        <translation>No certificates expire in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="310"/>
        <source>1 geldig certificaat verloopt in de komende {days} dagen.</source>
        <translation>1 valid certificate expires in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="314"/>
        <source>{count} geldige certificaten verlopen in de komende {days} dagen.</source>
        <translation>{count} valid certificates expire in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="318"/>
        <source>Enter opent het certificaat, Ctrl+P drukt het af.</source>
        <translation>Enter opens the certificate, Ctrl+P prints it.</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="132"/>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="134"/>
        <source>Wat op elk certificaat van deze locatie staat, naast de deelnemer en de module. Alleen een beheerder kan dit wijzigen.</source>
        <translation>What appears on every certificate of this site, besides the participant and the module. Only an administrator can change this.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="137"/>
        <source>Alleen bekijken: een beheerder wijzigt deze instellingen.</source>
        <translation>View only: an administrator changes these settings.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="145"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="146"/>
        <source>Naam ondertekenaar</source>
        <translation>Signatory name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="147"/>
        <source>Functie ondertekenaar</source>
        <translation>Signatory position</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="148"/>
        <source>Contact voor controle</source>
        <translation>Contact for verification</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="157"/>
        <source>Bedrijfsvakschool …, 038 123 45 67, info@…</source>
        <translation>Bedrijfsvakschool …, 038 123 45 67, info@…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="159"/>
        <source>Staat op het certificaat voor wie het controleert: bij wie men terecht kan.</source>
        <translation>Appears on the certificate for whoever verifies it: who they can contact.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="160"/>
        <source>het logo</source>
        <translation>the logo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="161"/>
        <source>de handtekening</source>
        <translation>the signature</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="162"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="163"/>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="167"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="180"/>
        <source>Op het certificaat</source>
        <translation>On the certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="254"/>
        <source> Er is niets gewijzigd.</source>
        <translation> Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="259"/>
        <source>Opgeslagen. Nieuwe certificaten gebruiken deze gegevens; uitgegeven certificaten blijven zoals ze zijn.</source>
        <translation>Saved. New certificates use these details; issued certificates stay as they are.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="268"/>
        <source>Afbeelding gekozen; klik op Opslaan om haar te bewaren.</source>
        <translation>Image chosen; click Save to keep it.</translation>
    </message>
</context>
<context>
    <name>CompaniesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="109"/>
        <source>Leerbedrijven</source>
        <translation>Work placement companies</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="110"/>
        <source>De bedrijven waar deelnemers hun praktijk leren (bbl en bpv), met hun leerbedrijf-ID van SBB. Hun praktijkopleiders beheert u onder Praktijkopleiders.</source>
        <translation>The companies where participants learn in practice (bbl and work placement), with their SBB company ID. Their workplace trainers are managed under Workplace trainers.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="114"/>
        <source>leerbedrijf</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="115"/>
        <source>leerbedrijven</source>
        <translation>companies</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="116"/>
        <source>Nieuw leerbedrijf</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="119"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="121"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="123"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="124"/>
        <source>Opleiders</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="128"/>
        <source>Leerbedrijf {code}</source>
        <translation>Company {code}</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="51"/>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="54"/>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="63"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="55"/>
        <source>Een korte code, zoals ACME; zo heet het leerbedrijf in de Excel-werkmap.</source>
        <translation>A short code, such as ACME; this is what the company is called in the Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="57"/>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="63"/>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="67"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="58"/>
        <source>Leerbedrijf-ID (SBB)</source>
        <translation>SBB company ID</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="59"/>
        <source>Het leerbedrijf-ID uit het register van SBB: 8 cijfers.</source>
        <translation>The company ID from the SBB register: 8 digits.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="60"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="61"/>
        <source>Praktijkopleiders</source>
        <translation>Workplace trainers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="64"/>
        <source>E-mail of telefoon</source>
        <translation>Email or phone</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="65"/>
        <source>Deelnemers bij dit leerbedrijf</source>
        <translation>Participants at this company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="67"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="68"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="72"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Opleiders en deelnemers</source>
        <translation type="vanished">Trainers and participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="96"/>
        <source>Praktijkopleiders ({n})</source>
        <translation>Workplace trainers ({n})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="97"/>
        <source>Deelnemers bij dit leerbedrijf ({n})</source>
        <translation>Participants at this company ({n})</translation>
    </message>
</context>
<context>
    <name>CompanyTrainer</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="64"/>
        <source>Eigen leerbedrijf van de deelnemer</source>
        <translation>Participant&apos;s own company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="67"/>
        <source>Geen leerbedrijf</source>
        <translation>No company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="102"/>
        <source>Geen praktijkopleider</source>
        <translation>No workplace trainer</translation>
    </message>
</context>
<context>
    <name>CopyFormDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="32"/>
        <source>Formulier {code} kopiëren</source>
        <translation>Copy form {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="34"/>
        <source>De kopie krijgt dezelfde instellingen en criteria als {code} (versie {version}) en begint bij versie 1.</source>
        <translation>The copy gets the same settings and criteria as {code} (version {version}) and starts at version 1.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="40"/>
        <source>{name} (kopie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="45"/>
        <source>Nieuwe &amp;code</source>
        <translation>New &amp;code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="45"/>
        <source>Nieuwe &amp;naam</source>
        <translation>New &amp;name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="50"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="81"/>
        <source>Niet gekopieerd: verbeter wat in rood staat. Er is niets gewijzigd.</source>
        <translation>Not copied: correct what is shown in red. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="90"/>
        <source>Beoordeling {code} corrigeren</source>
        <translation>Correct assessment {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="93"/>
        <source>Een correctie maakt versie {next} van {code}: een concept met dezelfde scores dat u aanpast en opnieuw definitief maakt. Versie {version} blijft bewaard. Waarom wordt deze beoordeling gecorrigeerd?</source>
        <translation>A correction creates version {next} of {code}: a draft with the same scores that you adjust and make final again. Version {version} is kept. Why is this assessment being corrected?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="101"/>
        <source>Bijvoorbeeld: verkeerd criterium beoordeeld</source>
        <translation>For example: wrong criterion rated</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="102"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="233"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BVM Desk is op een onverwachte fout gestuit ({kind}). Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</source>
        <translation type="vanished">BVM Desk ran into an unexpected error ({kind}). What was already saved is kept. The details are in the log file:
{path}

Give that file to the administrator. You can continue, but restart BVM Desk if anything keeps behaving oddly.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/crash.py" line="18"/>
        <source>BVM Desk is op een onverwachte fout gestuit. Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</source>
        <translation>BVM Desk ran into an unexpected error. What was already saved is kept. The details are in the log file:
{path}

Give that file to the administrator. You can continue, but restart BVM Desk if anything keeps behaving oddly.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/crash.py" line="42"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/crash.py" line="44"/>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>CriteriaTable</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="53"/>
        <source>Werkproces</source>
        <translation>Work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="53"/>
        <source>Naam werkproces</source>
        <translation>Work process name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="53"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="54"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="54"/>
        <source>Kritisch</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="54"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="241"/>
        <source>Een kritisch criterium dat onvoldoende is, maakt het werkproces onvoldoende (spatie: aan of uit).</source>
        <translation>A critical criterion rated insufficient makes the work process insufficient (space: on or off).</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../bvmdesk/ui/common/date_input.py" line="47"/>
        <source>Typ een datum (3-12-2026 of 2026-12-03) of kies er een met de knop; Alt+↓ opent de kalender, ↑ en ↓ gaan een dag verder.</source>
        <translation>Type a date (3-12-2026 or 2026-12-03) or pick one with the button; Alt+↓ opens the calendar, ↑ and ↓ move one day.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/date_input.py" line="56"/>
        <source>Kalender (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DemoAccountsDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="45"/>
        <source>BVM Desk: demo-accounts</source>
        <translation>BVM Desk: demo accounts</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="46"/>
        <source>De demodatabase is klaar</source>
        <translation>The demo database is ready</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="49"/>
        <source>Log in met een van deze accounts. Ze horen alleen bij de demodatabase; selecteer een regel en kopieer hem met Ctrl+C als u wilt.</source>
        <translation>Log in with one of these accounts. They belong to the demo database only; select a line and copy it with Ctrl+C if you like.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="54"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="54"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="54"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="62"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="62"/>
        <source>instructeur</source>
        <translation>instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="69"/>
        <source>Naar inloggen</source>
        <translation>Go to login</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="81"/>
        <source>Aftekenen proberen: praktijkopleider {name} heeft pincode 12345; de andere kiezen hun pincode bij hun eerste aftekening.</source>
        <translation>To try signing off: workplace trainer {name} has PIN 12345; the others choose their PIN at their first sign-off.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="147"/>
        <source>De demodatabase wordt gemaakt…</source>
        <translation>Making the demo database…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="171"/>
        <source>De demodatabase bestaat al. Openen zoals hij is, of opnieuw maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe demo-accounts.</source>
        <translation>The demo database already exists. Open it as it is, or make it again? Making it again replaces all demo data and gives new demo accounts.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="175"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="177"/>
        <source>Opnieuw maken</source>
        <translation>Make again</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="179"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="187"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="69"/>
        <source>Concepten om af te maken</source>
        <translation>Drafts to finish</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="88"/>
        <source>{count} concept(en), het oudste bovenaan. Enter of dubbelklik opent er een; een badge scannen begint een nieuwe beoordeling.</source>
        <translation>{count} draft(s), oldest first. Enter or double-click opens one; scanning a badge starts a new assessment.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="93"/>
        <source>Er zijn geen concepten. Kies &apos;Nieuwe beoordeling&apos; of scan een badge om te beginnen.</source>
        <translation>There are no drafts. Choose &apos;New assessment&apos; or scan a badge to start.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="126"/>
        <source>Deelnemers toevoegen aan {group}</source>
        <translation>Add participants to {group}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="130"/>
        <source>Zoek op naam of nummer, of scan een badge</source>
        <translation>Search by name or number, or scan a badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="133"/>
        <source>Toevoegen aan de lijst</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="134"/>
        <source>De gekozen deelnemer in de lijst hieronder zetten (Enter in het zoekveld)</source>
        <translation>Put the chosen participant in the list below (Enter in the search field)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="143"/>
        <source>Uit de lijst</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="152"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="153"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="154"/>
        <source>Leerbedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="155"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="156"/>
        <source>Inschrijven</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="206"/>
        <source>Gekozen deelnemers: {n}</source>
        <translation>Participants chosen: {n}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="219"/>
        <source>Kies eerst een of meer deelnemers.</source>
        <translation>Choose one or more participants first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="225"/>
        <source>Vul de startdatum in.</source>
        <translation>Fill in the start date.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="245"/>
        <source>Inschrijving van {name}</source>
        <translation>Enrolment of {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="253"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="254"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="255"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="256"/>
        <source>Leerbedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="257"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="258"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="275"/>
        <source>Vul de startdatum in.</source>
        <translation>Fill in the start date.</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="38"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="40"/>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="42"/>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="30"/>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="63"/>
        <source>Inschrijvingen</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="32"/>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="73"/>
        <source>Geen inschrijvingen.</source>
        <translation>No enrolments.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="37"/>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="37"/>
        <source>Leerbedrijf</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="38"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="62"/>
        <source>Inschrijvingen van {name}</source>
        <translation>Enrolments of {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="74"/>
        <source>Kies een deelnemer om de inschrijvingen te zien.</source>
        <translation>Choose a participant to see the enrolments.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/evidence.py" line="30"/>
        <source>BVM Desk: foto van de aftekenkaart</source>
        <translation>BVM Desk: photo of the sign-off card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/evidence.py" line="48"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/evidence.py" line="68"/>
        <source>De foto kan niet worden getoond (geen leesbare afbeelding).</source>
        <translation>The photo cannot be shown (not a readable image).</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="60"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="63"/>
        <source>Schrijft alle gegevens in het uitwisselformaat: een Excel-werkmap met tien bladen, of een map met tien CSV-bestanden (UTF-8, puntkomma). Zo&apos;n export kan later weer worden geïmporteerd, hier of in een andere BVM Desk.</source>
        <translation>Writes all data in the exchange format: an Excel workbook with ten sheets, or a folder with ten CSV files (UTF-8, semicolon). Such an export can be imported again later, here or in another BVM Desk.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="68"/>
        <source>Alleen een beheerder kan gegevens exporteren; u bent ingelogd als {name} ({role}).</source>
        <translation>Only an administrator can export data; you are logged in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="73"/>
        <source>Als Excel-werkmap opslaan…</source>
        <translation>Save as Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="75"/>
        <source>Als CSV-map opslaan…</source>
        <translation>Save as CSV folder…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="76"/>
        <source>Leeg sjabloon opslaan…</source>
        <translation>Save empty template…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="78"/>
        <source>Een lege werkmap met alle bladen, kolomkoppen, een toelichting en keuzelijsten</source>
        <translation>An empty workbook with all sheets, column headers, instructions and drop-down lists</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="96"/>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="96"/>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="132"/>
        <source>Bezig met exporteren naar {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="149"/>
        <source>Excel-werkmap</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="150"/>
        <source>CSV-map</source>
        <translation>CSV folder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="151"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="152"/>
        <source>{count} rijen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="153"/>
        <source>Klaar: alle gegevens ({rows}) staan in de {what} {path}</source>
        <translation>Done: all data ({rows}) is in the {what} {path}</translation>
    </message>
    <message>
        <source>Klaar: alle gegevens ({rows} rijen) staan in de {what} {path}</source>
        <translation type="vanished">Done: all data ({rows} rows) is in the {what} {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="169"/>
        <source>Geannuleerd: er is niets geschreven.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="172"/>
        <source>Het lege sjabloon staat in {path}. Vul het in Excel in en importeer het via Beheer → Importeren.</source>
        <translation>The empty template is in {path}. Fill it in with Excel and import it via Administration → Import.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="177"/>
        <source>Er is niets geschreven.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="188"/>
        <source>Excel-werkmap opslaan</source>
        <translation>Save Excel workbook</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="189"/>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="205"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="197"/>
        <source>Map voor de CSV-bestanden kiezen</source>
        <translation>Choose a folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="204"/>
        <source>Leeg sjabloon opslaan</source>
        <translation>Save empty template</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../bvmdesk/ui/common/file_dialogs.py" line="34"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/file_dialogs.py" line="36"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="49"/>
        <source>Beoordeling {code} definitief maken</source>
        <translation>Make assessment {code} final</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="54"/>
        <source>Dit is de uitkomst van de beoordeling van {name} op {form}. Na &apos;Definitief maken&apos; kan niets meer worden gewijzigd; een fout herstelt u met Corrigeren (een nieuwe versie).</source>
        <translation>This is the outcome of the assessment of {name} on {form}. After &apos;Make final&apos; nothing can be changed; you fix a mistake with Correct (a new version).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="72"/>
        <source>Geslaagd</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="72"/>
        <source>Niet geslaagd</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="73"/>
        <source>elk werkproces is minstens voldoende</source>
        <translation>every work process is at least sufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="74"/>
        <source>niet elk werkproces is voldoende</source>
        <translation>not every work process is sufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="78"/>
        <source>Definitief maken</source>
        <translation>Make final</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="47"/>
        <source>BVM Desk: eerste start</source>
        <translation>BVM Desk: first start</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="49"/>
        <source>Welkom bij BVM Desk</source>
        <translation>Welcome to BVM Desk</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="52"/>
        <source>De database {database} is nog niet ingericht. Richt hem in voor uw locatie, of bekijk eerst de demodatabase met verzonnen gegevens.</source>
        <translation>The database {database} has not been set up yet. Set it up for your site, or first look at the demo database with made-up data.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="58"/>
        <source>bijvoorbeeld ZWL</source>
        <translation>for example ZWL</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="61"/>
        <source>bijvoorbeeld Zwolle</source>
        <translation>for example Zwolle</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="63"/>
        <source>bijvoorbeeld pbakker</source>
        <translation>for example pbakker</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="65"/>
        <source>bijvoorbeeld Petra Bakker</source>
        <translation>for example Petra Bakker</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="68"/>
        <source>minstens 10 tekens</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="82"/>
        <source>Locatiecode</source>
        <translation>Site code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="83"/>
        <source>Naam van de locatie</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="84"/>
        <source>Gebruikersnaam beheerder</source>
        <translation>Administrator username</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="85"/>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="86"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="87"/>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="95"/>
        <source>Locatie inrichten</source>
        <translation>Set up site</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="100"/>
        <source>Deze locatie inrichten</source>
        <translation>Set up this site</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="105"/>
        <source>Voor het echte werk: de code en naam van deze locatie en de eerste beheerder.</source>
        <translation>For real work: the code and name of this site and the first administrator.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="112"/>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="121"/>
        <source>Demodatabase openen</source>
        <translation>Open demo database</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="117"/>
        <source>Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts te zien om mee in te loggen.</source>
        <translation>To get to know BVM Desk: a separate database with 120 made-up participants, groups and lessons. Your own database stays empty. You will see the demo accounts to log in with.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="127"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="201"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>FormEditorDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="75"/>
        <source>Bijvoorbeeld: LAS-135-1</source>
        <translation>For example: LAS-135-1</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="86"/>
        <source>Kies of typ een modulecode</source>
        <translation>Choose or type a module code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="95"/>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="397"/>
        <source>standaard {value}</source>
        <translation>default {value}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="104"/>
        <source>Verplicht: telt mee voor het certificaat van de module</source>
        <translation>Required: counts towards the module certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="106"/>
        <source>Toelichting verplicht bij O, G en NA</source>
        <translation>Explanation required for O, G and NA</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="120"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="120"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="121"/>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="121"/>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="122"/>
        <source>Sc&amp;haal</source>
        <translation>&amp;Scale</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="122"/>
        <source>C&amp;esuur</source>
        <translation>&amp;Pass mark</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="143"/>
        <source>Criteria per werkproces</source>
        <translation>Criteria per work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="147"/>
        <source>Criterium toevoegen</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="148"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="149"/>
        <source>Werkproces toevoegen</source>
        <translation>Add work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="150"/>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="151"/>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="152"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="153"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="161"/>
        <source>Enter: cel wijzigen · Ctrl+N: nieuw criterium · Delete: regel weg · spatie: kritisch aan of uit</source>
        <translation>Enter: edit cell · Ctrl+N: new criterion · Delete: remove row · space: critical on or off</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="165"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="212"/>
        <source>Nieuw beoordelingsformulier</source>
        <translation>New assessment form</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="214"/>
        <source>Beoordelingsformulier {code} (versie {version})</source>
        <translation>Assessment form {code} (version {version})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="216"/>
        <source>Beoordelingsformulier {code} wijzigen (versie {version})</source>
        <translation>Edit assessment form {code} (version {version})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="228"/>
        <source>De code van een formulier ligt vast.</source>
        <translation>The code of a form cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="245"/>
        <source>Dit formulier is al gebruikt; opslaan maakt versie {next}. Beoordelingen houden hun versie.</source>
        <translation>This form has already been used; saving creates version {next}. Assessments keep their version.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="260"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="320"/>
        <source>Schrijf een getal, bijvoorbeeld {example}.</source>
        <translation>Enter a number, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="359"/>
        <source>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</source>
        <translation>Not saved: correct what is shown in red. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="361"/>
        <source>Niet opgeslagen: verbeter wat in rood staat. {problems} Er is niets gewijzigd.</source>
        <translation>Not saved: correct what is shown in red. {problems} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="364"/>
        <source>Niet opgeslagen: {problems} Er is niets gewijzigd.</source>
        <translation>Not saved: {problems} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="393"/>
        <source>geen: elk criterium moet A zijn</source>
        <translation>none: every criterion must be A</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="399"/>
        <source>% van het gewicht V of G</source>
        <translation>% of the weight V or G</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="401"/>
        <source>laagste voldoende cijfer</source>
        <translation>lowest sufficient grade</translation>
    </message>
</context>
<context>
    <name>FormFoot</name>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="211"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="213"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="215"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="216"/>
        <source>De wijzigingen weggooien (Esc)</source>
        <translation>Discard the changes (Esc)</translation>
    </message>
</context>
<context>
    <name>FormVersionsCard</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="27"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="29"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="30"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="31"/>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="33"/>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="45"/>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="34"/>
        <source>Bekijken…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="35"/>
        <source>Deze versie afdrukken…</source>
        <translation>Print this version…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="44"/>
        <source>Versies van {code}</source>
        <translation>Versions of {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="50"/>
        <source>Kies een formulier om zijn versies te zien.</source>
        <translation>Choose a form to see its versions.</translation>
    </message>
</context>
<context>
    <name>FundersForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="270"/>
        <source>Uren per financier</source>
        <translation>Hours per funder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="271"/>
        <source>Per financier en per maand: het aantal deelnemers en hun aanwezige uren.</source>
        <translation>Per funder and per month: the number of participants and their hours present.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="274"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>GroupEnrolments</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="37"/>
        <source>{name} ({number}); leerbedrijf: {company}; praktijkopleider: {trainer}</source>
        <translation>{name} ({number}); company: {company}; workplace trainer: {trainer}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="42"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="43"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="46"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="74"/>
        <source>Inschrijvingen</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="83"/>
        <source>Deelnemers toevoegen…</source>
        <translation>Add participants…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="84"/>
        <source>Een of meer deelnemers in deze groep inschrijven (zoeken of badge scannen)</source>
        <translation>Enrol one or more participants in this group (search or scan a badge)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="87"/>
        <source>Status wijzigen…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="88"/>
        <source>Actief, afgerond of gestopt met een datum</source>
        <translation>Active, completed or stopped with a date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="90"/>
        <source>Naar andere groep…</source>
        <translation>Move to another group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="91"/>
        <source>Stopt de inschrijving hier en begint er een in een andere groep</source>
        <translation>Ends the enrolment here and starts one in another group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="132"/>
        <source>Inschrijvingen ({n})</source>
        <translation>Enrolments ({n})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="172"/>
        <source>1 deelnemer ingeschreven.</source>
        <translation>1 participant enrolled.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="173"/>
        <source>{n} deelnemers ingeschreven.</source>
        <translation>{n} participants enrolled.</translation>
    </message>
    <message>
        <source>{n} deelnemer(s) ingeschreven.</source>
        <translation type="vanished">{n} participant(s) enrolled.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="182"/>
        <source>Status van {name} gewijzigd.</source>
        <translation>Status of {name} changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="196"/>
        <source>Er is geen andere groep om naar te verplaatsen.</source>
        <translation>There is no other group to move to.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="202"/>
        <source>{name} is verplaatst naar {group}.</source>
        <translation>{name} has been moved to {group}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="212"/>
        <source>Inschrijving van {name} opgeslagen.</source>
        <translation>Enrolment of {name} saved.</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="88"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="89"/>
        <source>Een korte code, zoals LAS-ZWL-1; zo heet de groep in de Excel-werkmap.</source>
        <translation>A short code, such as LAS-ZWL-1; this is what the group is called in the Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="91"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="92"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="93"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="94"/>
        <source>Instructeur</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="95"/>
        <source>De vaste instructeur van de groep</source>
        <translation>The group&apos;s regular instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="96"/>
        <source>Ook instructeurs</source>
        <translation>Other instructors</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="97"/>
        <source>Vink aan wie ook les geeft in deze groep</source>
        <translation>Tick anyone else who teaches in this group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="98"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="99"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="100"/>
        <source>Niet verplicht</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="108"/>
        <source>Lessen plannen…</source>
        <translation>Plan lessons…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="109"/>
        <source>De lessen van deze groep plannen, laten vervallen of een instructeur geven</source>
        <translation>Plan this group&apos;s lessons, cancel them or assign an instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="114"/>
        <source>Inschrijvingen</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="130"/>
        <source>Kies een module</source>
        <translation>Choose a module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="131"/>
        <source>Kies een locatie</source>
        <translation>Choose a location</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="138"/>
        <source>Nog geen instructeur</source>
        <translation>No instructor yet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="223"/>
        <source>Lessen van {group}</source>
        <translation>Lessons of {group}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="227"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GroupProgressModel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="106"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="108"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>GroupProgressView</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="138"/>
        <source>&amp;Groep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="141"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="145"/>
        <source>Opdrachten, examens en bpv-voortgang staan apart; kies er één om alleen die te zien.</source>
        <translation>Assignments, exams and work placement progress are kept apart; choose one to see only that type.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="148"/>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="190"/>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="257"/>
        <source>Kies een groep om de voortgang per werkproces te zien.</source>
        <translation>Choose a group to see the progress per work process.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="213"/>
        <source>Kies een groep…</source>
        <translation>Choose a group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="270"/>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="271"/>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="273"/>
        <source>In deze groep is niemand ingeschreven.</source>
        <translation>Nobody is enrolled in this group.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="275"/>
        <source>De module van deze groep heeft nog geen werkprocessen; maak eerst een beoordelingsformulier voor de module.</source>
        <translation>The module of this group has no work processes yet; first create an assessment form for the module.</translation>
    </message>
</context>
<context>
    <name>GroupSignOffModel</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="108"/>
        <source>{name} ({number}) · {company} · {trainer}</source>
        <translation>{name} ({number}) · {company} · {trainer}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="120"/>
        <source>Bpv-uren: {approved} goedgekeurd van {entered} ingevoerd; norm {norm}</source>
        <translation>Work placement hours: {approved} approved of {entered} entered; target {norm}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="125"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="140"/>
        <source>○ open</source>
        <translation>○ open</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="143"/>
        <source>{code} afgetekend op {day}</source>
        <translation>{code} signed off on {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="145"/>
        <source>{code} (verplicht): nog niet afgetekend</source>
        <translation>{code} (required): not yet signed off</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="147"/>
        <source>{code}: nog niet afgetekend</source>
        <translation>{code}: not yet signed off</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="166"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="166"/>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="166"/>
        <source>Bpv-uren</source>
        <translation>Placement hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="171"/>
        <source>Goedgekeurde bpv-uren / norm per jaar</source>
        <translation>Approved work placement hours / yearly target</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="177"/>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="177"/>
        <source>niet verplicht</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>GroupSignOffView</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="61"/>
        <source>{signed} van {total} verplicht</source>
        <translation>{signed} of {total} required</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="206"/>
        <source>&amp;Groep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="217"/>
        <source>Aftekenkaarten van de groep…</source>
        <translation>Sign-off cards of the group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="220"/>
        <source>Eén PDF met de aftekenkaart van iedereen in de groep die een leerbedrijf en praktijkopleider heeft</source>
        <translation>One PDF with the sign-off card of everyone in the group who has a training company and a workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="251"/>
        <source>* = verplicht · ○ open = verplichte taak nog niet afgetekend · – = niet verplicht, nog niet afgetekend · een datum = afgetekend op die dag. Dubbelklik of Enter opent de deelnemer.</source>
        <translation>* = required · ○ open = required task not yet signed off · – = optional, not yet signed off · a date = signed off on that day. Double-click or Enter opens the participant.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="263"/>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="335"/>
        <source>Kies een groep om de aftekeningen per deelnemer te zien.</source>
        <translation>Choose a group to see the sign-offs per participant.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="285"/>
        <source>Kies een groep…</source>
        <translation>Choose a group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="292"/>
        <source>Geen groep heeft een module met aftekentaken; leg taken vast onder Beheer &gt; Aftekentaken.</source>
        <translation>No group has a module with sign-off tasks; add tasks under Administration &gt; Sign-off tasks.</translation>
    </message>
    <message>
        <source>Geen groep heeft een module met aftekentaken; leg taken vast onder Beheer, Modules.</source>
        <translation type="vanished">No group has a module with sign-off tasks; record tasks under Administration, Modules.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="346"/>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="347"/>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="349"/>
        <source>Niemand in deze groep heeft een leerbedrijf met een praktijkopleider; vul die in bij Deelnemers.</source>
        <translation>No one in this group has a training company with a workplace trainer; fill these in under Participants.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="352"/>
        <source>De module van deze groep heeft geen aftekentaken.</source>
        <translation>This group&apos;s module has no sign-off tasks.</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="244"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="246"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="248"/>
        <source>{name} (module {module})</source>
        <translation>{name} (module {module})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="250"/>
        <source>Loc.</source>
        <translation>Loc.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="251"/>
        <source>Locatie {site}</source>
        <translation>Location {site}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="253"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="256"/>
        <source>Deeln.</source>
        <translation>Part.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="258"/>
        <source>{n} actieve inschrijvingen; {lessons} lessen gepland</source>
        <translation>{n} active enrolments; {lessons} lessons planned</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="275"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="276"/>
        <source>Een groep volgt één module op één locatie, met een of meer instructeurs. Op het tabblad Inschrijvingen schrijft u deelnemers in, wijzigt u hun status en plant u de lessen.</source>
        <translation>A group follows one module at one location, with one or more instructors. On the Enrolments tab you enrol participants, change their status and plan the lessons.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="280"/>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="281"/>
        <source>groepen</source>
        <translation>groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="282"/>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="286"/>
        <source>Groep {code}</source>
        <translation>Group {code}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="44"/>
        <source>Verzuimsignaal overgedragen aan school</source>
        <translation>Absence signal handed over to school</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="47"/>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="53"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="54"/>
        <source>Ongeoorloofd</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="56"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="58"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="69"/>
        <source>Lessen die meetellen ({count})</source>
        <translation>Lessons that count ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="84"/>
        <source>bijv. &apos;gemaild aan de verzuimcoördinator&apos;</source>
        <translation>e.g. &apos;emailed to the absence coordinator&apos;</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="90"/>
        <source>Overgedragen op</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="91"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="99"/>
        <source>Overdracht vastleggen</source>
        <translation>Record handover</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="120"/>
        <source>{hours} (grens: {limit} in {weeks} schoolweken)</source>
        <translation>{hours} (limit: {limit} in {weeks} school weeks)</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="47"/>
        <source>Vakanties</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="50"/>
        <source>Een week die helemaal in een vakantie van de locatie valt, is geen schoolweek: die telt niet mee voor verzuimsignalen, en een weekpatroon plant er geen lessen.</source>
        <translation>A week that falls entirely within a holiday of the site is not a school week: it does not count for absence signals, and a weekly pattern plans no lessons in it.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="58"/>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="63"/>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="63"/>
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="64"/>
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="64"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="79"/>
        <source>Bijvoorbeeld: Herfstvakantie</source>
        <translation>For example: Autumn holiday</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="83"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="55"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="88"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="134"/>
        <source>Alle locaties</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="161"/>
        <source>Vakantie verwijderen</source>
        <translation>Delete holiday</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="182"/>
        <source>Vakantie {first} t/m {last} toegevoegd.</source>
        <translation>Holiday {first} to {last} added.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="188"/>
        <source>Kies eerst een vakantie in de lijst.</source>
        <translation>First choose a holiday in the list.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="191"/>
        <source>vakantie</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="192"/>
        <source>{name} ({site}, {first} t/m {last}) verwijderen?</source>
        <translation>Delete {name} ({site}, {first} to {last})?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="202"/>
        <source>{name} verwijderd.</source>
        <translation>{name} deleted.</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="239"/>
        <source>Urenverantwoording</source>
        <translation>Hours statement</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="240"/>
        <source>Alle lessen van één deelnemer in de periode, dag voor dag met de gevolgde uren: voor de financier (UWV, gemeente) of de school.</source>
        <translation>All lessons of one participant in the period, day by day with the hours attended: for the funder (UWV, municipality) or the school.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="247"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="248"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="253"/>
        <source>Kies een deelnemer: zoek op naam of nummer, of scan de badge.</source>
        <translation>Choose a participant: search by name or number, or scan the badge.</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="117"/>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="277"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="127"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="128"/>
        <source>Alle gewijzigde weken opslaan (Ctrl+S)</source>
        <translation>Save all changed weeks (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="131"/>
        <source>Laten goedkeuren</source>
        <translation>Get approval</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="134"/>
        <source>De gekozen weken laten goedkeuren door de praktijkopleider (Ctrl+G)</source>
        <translation>Have the workplace trainer approve the chosen weeks (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="136"/>
        <source>Goedkeuring intrekken…</source>
        <translation>Withdraw approval…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="138"/>
        <source>De goedkeuring van de gekozen week intrekken, met een reden</source>
        <translation>Withdraw the approval of the chosen week, with a reason</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="187"/>
        <source>Bpv-uren</source>
        <translation>Work placement hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="188"/>
        <source>Kies een inschrijving om de bpv-uren te zien.</source>
        <translation>Choose an enrolment to see the work placement hours.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="195"/>
        <source>Bpv-uren van {name} · {group}</source>
        <translation>Work placement hours of {name} · {group}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="200"/>
        <source>Deze inschrijving heeft geen leerbedrijf: uren invoeren kan pas als het leerbedrijf is ingevuld (Deelnemers).</source>
        <translation>This enrolment has no training company: hours can only be entered once the training company has been filled in (Participants).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="204"/>
        <source>Typ de uren van een week (7,5 of 7:30) en druk op Enter; Ctrl+S slaat alle gewijzigde weken op. Kies weken en druk op Ctrl+G om ze te laten goedkeuren.</source>
        <translation>Type a week&apos;s hours (7.5 or 7:30) and press Enter; Ctrl+S saves all changed weeks. Choose weeks and press Ctrl+G to have them approved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="208"/>
        <source>Alleen instructeurs en beheerders voeren bpv-uren in.</source>
        <translation>Only instructors and administrators can enter work placement hours.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="227"/>
        <source>%p% goedgekeurd</source>
        <translation>%p% approved</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="231"/>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="222"/>
        <source>Norm onbekend</source>
        <translation>Target unknown</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="280"/>
        <source>Geschiedenis van {week}</source>
        <translation>History of {week}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="313"/>
        <source>Verbeter eerst de uren in rood; er is niets opgeslagen.</source>
        <translation>First correct the hours in red; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="316"/>
        <source>Er zijn geen gewijzigde weken om op te slaan.</source>
        <translation>There are no changed weeks to save.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="328"/>
        <source>1 week opgeslagen.</source>
        <translation>1 week saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="329"/>
        <source>{count} weken opgeslagen.</source>
        <translation>{count} weeks saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="331"/>
        <source>Niet opgeslagen (in rood): {weeks}.</source>
        <translation>Not saved (in red): {weeks}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="360"/>
        <source>Sla eerst de gewijzigde uren op (Ctrl+S): {weeks}; er is niets goedgekeurd.</source>
        <translation>First save the changed hours (Ctrl+S): {weeks}; nothing was approved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="365"/>
        <source>Er is niets om te laten goedkeuren: kies weken met uren die nog niet zijn goedgekeurd.</source>
        <translation>There is nothing to approve: choose weeks with hours that have not been approved yet.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="369"/>
        <source>{count} gekozen weken overgeslagen: al goedgekeurd of zonder uren.</source>
        <translation>{count} of the chosen weeks skipped: already approved or without hours.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="158"/>
        <source>Niet opgeslagen: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="159"/>
        <source>Gewijzigd, nog niet opgeslagen (Ctrl+S)</source>
        <translation>Changed, not saved yet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="164"/>
        <source>Goedgekeurd {day} · {trainer}</source>
        <translation>Approved {day} · {trainer}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="167"/>
        <source>Goedkeuring vervallen door wijziging</source>
        <translation>Approval lapsed by a change</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="169"/>
        <source>Goedkeuring ingetrokken</source>
        <translation>Approval withdrawn</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="171"/>
        <source>Geen uren</source>
        <translation>No hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="172"/>
        <source>Niet goedgekeurd</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="185"/>
        <source>op papier</source>
        <translation>on paper</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="186"/>
        <source>op het scherm</source>
        <translation>on screen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="188"/>
        <source>Goedkeuring ingetrokken op {day} door {user}</source>
        <translation>Approval withdrawn on {day} by {user}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="191"/>
        <source>Goedgekeurd door {trainer} op {day} ({method})</source>
        <translation>Approved by {trainer} on {day} ({method})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="194"/>
        <source> — ingetrokken</source>
        <translation> — withdrawn</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="198"/>
        <source> — vervallen door wijziging</source>
        <translation> — lapsed by a change</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="205"/>
        <source>{week}: nog geen uren ingevoerd.</source>
        <translation>{week}: no hours entered yet.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="209"/>
        <source>{hours} uur ingevoerd door {user} op {day} om {time}</source>
        <translation>{hours} hours entered by {user} on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="214"/>
        <source> (vervangen)</source>
        <translation> (replaced)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="223"/>
        <source>Norm {hours} per jaar</source>
        <translation>Target {hours} per year</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="224"/>
        <source>Ingevoerd {entered} · Goedgekeurd {approved} · {norm}</source>
        <translation>Entered {entered} · Approved {approved} · {norm}</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Van-tot</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="90"/>
        <source>Ingevoerd door</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="109"/>
        <source>; bij opslaan vervalt de goedkeuring</source>
        <translation>; saving cancels the approval</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="65"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="66"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="83"/>
        <source>geen afbeelding</source>
        <translation>no image</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="97"/>
        <source>Kan {file} niet lezen: {reason}. Er is niets gewijzigd.</source>
        <translation>Cannot read {file}: {reason}. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="101"/>
        <source>Het bestand {file} is geen afbeelding (PNG of JPEG) en is niet gebruikt voor {what}. Kies een ander bestand; er is niets gewijzigd.</source>
        <translation>The file {file} is not an image (PNG or JPEG) and has not been used for {what}. Choose another file; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="110"/>
        <source>Afbeelding kiezen</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="111"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="50"/>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="118"/>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="51"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="52"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="53"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="119"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="120"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="121"/>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="131"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="54"/>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="151"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="58"/>
        <source>Alleen een beheerder kan gegevens importeren; u bent ingelogd als {name} ({role}).</source>
        <translation>Only an administrator can import data; you are logged in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="88"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="89"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="90"/>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="162"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="92"/>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="94"/>
        <source>Schrijft alles in één keer weg (Alt+B)</source>
        <translation>Writes everything in one go (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="218"/>
        <source>importeren</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie en Vakanties, met vaste kolomkoppen; een bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles gecontroleerd; er verandert pas iets als u op Bevestigen klikt.</source>
        <translation type="vanished">Choose an Excel workbook (.xlsx) or a folder with CSV files. The sheets are called Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie and Vakanties, with fixed column headers; a file may hold only some of the sheets. Everything is checked first; nothing changes until you click Confirm.</translation>
    </message>
    <message>
        <source>Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie, Vakanties, Beoordelingsformulieren, Criteria, Beoordelingen en Scores, met vaste kolomkoppen; een bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles gecontroleerd; er verandert pas iets als u op Bevestigen klikt.</source>
        <translation type="vanished">Choose an Excel workbook (.xlsx) or a folder with CSV files. The sheets are called Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie, Vakanties, Beoordelingsformulieren, Criteria, Beoordelingen and Scores, with fixed column headers; a file may hold only some of the sheets. Everything is checked first; nothing changes until you click Confirm.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="40"/>
        <source>Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie, Vakanties, Beoordelingsformulieren, Criteria, Beoordelingen, Scores, Aftekentaken, Aftekeningen en Bpv-uren, met vaste kolomkoppen; een bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles gecontroleerd; er verandert pas iets als u op Bevestigen klikt.</source>
        <translation>Choose an Excel workbook (.xlsx) or a folder with CSV files. The sheets are called Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie, Vakanties, Beoordelingsformulieren, Criteria, Beoordelingen, Scores, Aftekentaken, Aftekeningen and Bpv-uren, with fixed column headers; a file may hold only some of the sheets. Everything is checked first; nothing changes until you click Confirm.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="49"/>
        <source>Tip: begin met een leeg sjabloon (Beheer → Exporteren → Leeg sjabloon opslaan…). Dat bevat de kolomkoppen, een toelichting en keuzelijsten.</source>
        <translation>Tip: start from an empty template (Administration → Export → Save empty template…). It has the column headers, instructions and drop-down lists.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="53"/>
        <source>Excel-werkmap kiezen…</source>
        <translation>Choose Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="55"/>
        <source>CSV-map kiezen…</source>
        <translation>Choose CSV folder…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="66"/>
        <source>Nog geen bestand of map gekozen</source>
        <translation>No file or folder chosen yet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="76"/>
        <source>Gekozen:</source>
        <translation>Chosen:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="89"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="90"/>
        <source>Zet alle fouten op het klembord (Ctrl+C)</source>
        <translation>Puts all errors on the clipboard (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="94"/>
        <source>Klik op een kolomkop om te sorteren. Kopiëren (of Ctrl+C) zet de hele lijst op het klembord, om in Excel of een e-mail te plakken.</source>
        <translation>Click a column header to sort. Copy (or Ctrl+C) puts the whole list on the clipboard, to paste into Excel or an e-mail.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="113"/>
        <source>Er is nog niets gewijzigd. Bevestigen schrijft alles in één keer weg; wordt het importeren geannuleerd of lukt het niet, dan blijft alles zoals het was.</source>
        <translation>Nothing has changed yet. Confirm writes everything in one go; if the import is cancelled or fails, everything stays as it was.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="192"/>
        <source>Het bestand is nog steeds gecontroleerd: met Terug ziet u weer wat er geïmporteerd wordt en kunt u opnieuw bevestigen. Annuleren begint opnieuw.</source>
        <translation>The file is still checked: Back shows again what will be imported and lets you confirm again. Cancel starts over.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="224"/>
        <source>Het auditlogboek heeft deze import vastgelegd: wie, wanneer, welk bestand en de aantallen hierboven (Beheer → Audit).</source>
        <translation>The audit log has recorded this import: who, when, which file and the counts above (Administration → Audit).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="151"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="151"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="152"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="161"/>
        <source>Nog een bestand importeren</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="135"/>
        <source>Het bestand kon niet worden geïmporteerd: 1 fout. Bekijk de lijst hieronder; er is niets gewijzigd.</source>
        <translation>The file could not be imported: 1 error. See the list below; nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="139"/>
        <source>Het bestand kon niet worden geïmporteerd: {count} fouten. Bekijk de lijst hieronder; er is niets gewijzigd.</source>
        <translation>The file could not be imported: {count} errors. See the list below; nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="150"/>
        <source>{label} is in orde. Dit wordt er geïmporteerd:</source>
        <translation>{label} is in order. This will be imported:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="174"/>
        <source>{sheet}, rij {row}, kolom {column}: {message}</source>
        <translation>{sheet}, row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="177"/>
        <source>{sheet}, rij {row}: {message}</source>
        <translation>{sheet}, row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="192"/>
        <source>{name} wordt gecontroleerd…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="204"/>
        <source>Het bestand kon niet worden gecontroleerd: {reason} Er is niets gewijzigd.</source>
        <translation>The file could not be checked: {reason} Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="206"/>
        <source>er ging iets onverwachts mis; de details staan in het logbestand.</source>
        <translation>something unexpected went wrong; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="210"/>
        <source>Controle geannuleerd; er is niets gewijzigd.</source>
        <translation>Check cancelled; nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="204"/>
        <source>Bezig met importeren van {label}…</source>
        <translation>Importing {label}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="230"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="235"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="236"/>
        <source>{count} rijen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="238"/>
        <source>Klaar: {label} is geïmporteerd ({rows}).</source>
        <translation>Done: {label} has been imported ({rows}).</translation>
    </message>
    <message>
        <source>Klaar: {label} is geïmporteerd ({rows} rijen).</source>
        <translation type="vanished">Done: {label} has been imported ({rows} rows).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="250"/>
        <source>Het importeren is mislukt; er is niets gewijzigd.</source>
        <translation>The import failed; nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="253"/>
        <source>Geannuleerd: er is niets gewijzigd.</source>
        <translation>Cancelled: nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="262"/>
        <source>Excel-werkmap kiezen</source>
        <translation>Choose Excel workbook</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="263"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="270"/>
        <source>Map met CSV-bestanden kiezen</source>
        <translation>Choose folder with CSV files</translation>
    </message>
</context>
<context>
    <name>LessonPicker</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="63"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="64"/>
        <source>Les</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="65"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="80"/>
        <source>Kies een groep…</source>
        <translation>Choose a group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="106"/>
        <source>Geen lessen op deze dag</source>
        <translation>No lessons on this day</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="116"/>
        <source>Geen lessen op {date}. Kies een datum of groep.</source>
        <translation>No lessons on {date}. Choose a date or group.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="119"/>
        <source>Vandaag geen lessen in {site}. Kies een datum of groep.</source>
        <translation>No lessons at {site} today. Choose a date or group.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="121"/>
        <source>Geen lessen in {site} op {date}. Kies een datum of groep.</source>
        <translation>No lessons at {site} on {date}. Choose a date or group.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="155"/>
        <source>Deze groep heeft nog geen lessen.</source>
        <translation>This group has no lessons yet.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="25"/>
        <source>(vervallen)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="71"/>
        <source>Groepen en lessen</source>
        <translation>Groups and lessons</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="78"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="82"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="82"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="83"/>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="98"/>
        <source>Instructeur</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="83"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="95"/>
        <source>Toewijzen aan gekozen les</source>
        <translation>Assign to the selected lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="96"/>
        <source>Les laten vervallen…</source>
        <translation>Cancel lesson…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="109"/>
        <source>Weekpatroon maken</source>
        <translation>Create weekly pattern</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="113"/>
        <source>Onderwerp (niet verplicht)</source>
        <translation>Topic (optional)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="117"/>
        <source>Les toevoegen</source>
        <translation>Add lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="118"/>
        <source>Lessen plannen (slaat vakanties en feestdagen over)</source>
        <translation>Plan lessons (skips school and public holidays)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="125"/>
        <source>Weekdagen</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="127"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="129"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="131"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="134"/>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="141"/>
        <source>Losse les</source>
        <translation>Single lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="150"/>
        <source>Alleen beheerders plannen lessen.</source>
        <translation>Only administrators plan lessons.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="188"/>
        <source>Geen instructeur</source>
        <translation>No instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="227"/>
        <source>vervallen: {reason}</source>
        <translation>cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="228"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="270"/>
        <source>{count} lessen gepland.</source>
        <translation>{count} lessons planned.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="287"/>
        <source>Les op {date} toegevoegd.</source>
        <translation>Lesson on {date} added.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="292"/>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="309"/>
        <source>Kies eerst een les in de lijst.</source>
        <translation>First choose a lesson in the list.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="294"/>
        <source>Waarom vervalt de les van {group} op {date}?</source>
        <translation>Why is the lesson of {group} on {date} cancelled?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="303"/>
        <source>De les van {date} is vervallen.</source>
        <translation>The lesson of {date} is cancelled.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="317"/>
        <source>Instructeur van de les van {date} aangepast.</source>
        <translation>Instructor of the lesson of {date} changed.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="37"/>
        <source>BVM Desk · vergrendeld</source>
        <translation>BVM Desk · locked</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="54"/>
        <source>BVM Desk is vergrendeld</source>
        <translation>BVM Desk is locked</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="60"/>
        <source>Ingelogd: {person}</source>
        <translation>Logged in: {person}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="66"/>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="67"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="74"/>
        <source>&amp;Ander account</source>
        <translation>&amp;Switch account</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="77"/>
        <source>Uitloggen: het venster sluit (wat is opgeslagen blijft bewaard) en een ander kan inloggen.</source>
        <translation>Log out: the window closes (anything saved is kept) and someone else can log in.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="79"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="82"/>
        <source>Uw werk staat klaar zoals u het achterliet.</source>
        <translation>Your work is ready, just as you left it.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="148"/>
        <source>Typ uw wachtwoord om verder te gaan.</source>
        <translation>Type your password to continue.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="181"/>
        <source>BVM Desk is vergrendeld: de scan is niet verwerkt. Ontgrendel eerst en scan dan opnieuw. Liet u een programma uw wachtwoord typen? Dat gaat zo snel als een scanner: typ het zelf.</source>
        <translation>BVM Desk is locked: the scan was not processed. Unlock first, then scan again. Did a program type your password? That is as fast as a scanner: type it yourself.</translation>
    </message>
    <message>
        <source>BVM Desk is vergrendeld: de scan is niet verwerkt. Ontgrendel eerst en scan dan opnieuw.</source>
        <translation type="vanished">BVM Desk is locked: the scan was not processed. Unlock first, then scan again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="45"/>
        <source>BVM Desk: inloggen</source>
        <translation>BVM Desk: log in</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="47"/>
        <location filename="../../bvmdesk/ui/start/login.py" line="73"/>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="49"/>
        <source>{site} · database {database}</source>
        <translation>{site} · database {database}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="55"/>
        <source>bijvoorbeeld pbakker</source>
        <translation>for example pbakker</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="64"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="65"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="77"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="112"/>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="128"/>
        <source>U bent niet ingelogd: kies eerst een eigen wachtwoord. Log opnieuw in met het tijdelijke wachtwoord.</source>
        <translation>You are not logged in: first choose your own password. Log in again with the temporary password.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="139"/>
        <source>BVM Desk: nieuw wachtwoord</source>
        <translation>BVM Desk: new password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="140"/>
        <source>Kies een nieuw wachtwoord</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="141"/>
        <source>Een beheerder heeft uw wachtwoord hersteld. Kies nu een eigen wachtwoord van minstens {n} tekens, anders dan het tijdelijke; daarna opent BVM Desk.</source>
        <translation>An administrator has reset your password. Now choose your own password of at least {n} characters, different from the temporary one; BVM Desk will then open.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="144"/>
        <source>Opslaan en inloggen</source>
        <translation>Save and log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="314"/>
        <source>Laatste back-up: {moment}</source>
        <translation>Last backup: {moment}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="323"/>
        <source>Back-up mislukt: {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="366"/>
        <source>Geen locatie ingericht</source>
        <translation>No site set up</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="367"/>
        <source>Locatie {name} ({code})</source>
        <translation>Site {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="373"/>
        <source>alleen lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="374"/>
        <source>Ingelogd: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="375"/>
        <source>Database: {label}</source>
        <translation>Database: {label}</translation>
    </message>
</context>
<context>
    <name>MarkDetails</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="67"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="72"/>
        <source>aankomst</source>
        <translation>arrival</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="73"/>
        <source>vertrek</source>
        <translation>departure</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="78"/>
        <source>opmerking toegevoegd</source>
        <translation>note added</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="79"/>
        <source>opmerking verwijderd</source>
        <translation>note removed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="80"/>
        <source>opmerking gewijzigd</source>
        <translation>note changed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="82"/>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>MarkDetailsDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="107"/>
        <source>Presentie van {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="111"/>
        <source>Les van {date}, {start}–{end}</source>
        <translation>Lesson of {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="128"/>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="133"/>
        <source>Noteer alleen dát iemand ziek is, nooit wat er aan de hand is (AVG).</source>
        <translation>Only record that someone is sick, never what is wrong with them (GDPR).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="139"/>
        <source>Verplicht: de les is voorbij</source>
        <translation>Required: the lesson is over</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="139"/>
        <source>Niet verplicht</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="149"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="150"/>
        <source>Aankomst</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="151"/>
        <source>Vertrek</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="152"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="154"/>
        <source>Reden van wijziging</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="156"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Oud → nieuw</source>
        <translation type="vanished">Old → new</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="177"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="179"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation type="vanished">withdrawn</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="222"/>
        <source>Schrijf een tijd als 08:30.</source>
        <translation>Write a time like 08:30.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="225"/>
        <source>Na de lesdag is een reden verplicht.</source>
        <translation>After the lesson day a reason is required.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Er ging iets mis dat we niet hadden verwacht ({kind}). Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</source>
        <translation type="vanished">Something went wrong that we did not expect ({kind}). Your saved data is safe. Give the log file to the administrator: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/messages.py" line="28"/>
        <source>Er ging iets mis dat we niet hadden verwacht. Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</source>
        <translation>Something went wrong that we did not expect. Your saved data is safe. Give the log file to the administrator: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/messages.py" line="47"/>
        <location filename="../../bvmdesk/ui/common/messages.py" line="67"/>
        <source>BVM Desk</source>
        <translation>BVM Desk</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/messages.py" line="50"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/messages.py" line="52"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="68"/>
        <source>5 cijfers</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="69"/>
        <source>Kies uit kwalificaties…</source>
        <translation>Choose from qualifications…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="71"/>
        <source>Kies een kwalificatie uit de lijst van SBB: vult de crebocode en het niveau in, en de naam als die nog leeg is.</source>
        <translation>Choose a qualification from the SBB list: fills in the crebo code and the level, and the name if it is still empty.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="84"/>
        <source>1 tot 4, leeg = geen</source>
        <translation>1 to 4, empty = none</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="86"/>
        <source>leeg = geen eis</source>
        <translation>empty = no requirement</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="88"/>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="89"/>
        <source>Bewijs van deelname</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="90"/>
        <source>leeg = geen einddatum</source>
        <translation>empty = no end date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="91"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="92"/>
        <source>Een korte code, zoals MAG135-1; zo heet de module in de Excel-werkmap.</source>
        <translation>A short code, such as MAG135-1; this is what the module is called in the Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="94"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="95"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="96"/>
        <source>De opleiding (het traject) waar de module bij hoort; mag leeg blijven.</source>
        <translation>The programme (the pathway) the module belongs to; may be left empty.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="98"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="99"/>
        <source>De crebocode van de kwalificatie (5 cijfers); mag leeg blijven.</source>
        <translation>The crebo code of the qualification (5 digits); may be left empty.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="101"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="102"/>
        <source>Het MBO-niveau, 1 tot 4; mag leeg blijven.</source>
        <translation>The MBO level, 1 to 4; may be left empty.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="103"/>
        <source>Geplande uren</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="104"/>
        <source>Hoeveel uren de module volgens plan duurt (0 tot 100000).</source>
        <translation>How many hours the module is planned to take (0 to 100000).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="105"/>
        <source>Min. aanwezigheid (%)</source>
        <translation>Min. attendance (%)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="107"/>
        <source>Wie minder aanwezig was, krijgt geen certificaat (0 tot 100); leeg: geen eis.</source>
        <translation>Anyone with lower attendance does not receive a certificate (0 to 100); empty: no requirement.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="109"/>
        <source>Levert op</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="110"/>
        <source>Een certificaat (met de resultaten per werkproces) of een bewijs van deelname (uren en aanwezigheid).</source>
        <translation>A certificate (with the results per work process) or a certificate of participation (hours and attendance).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="112"/>
        <source>Geldig (jaren)</source>
        <translation>Valid (years)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="113"/>
        <source>Hoeveel jaar het certificaat geldig is (1 tot 50); leeg: geen einddatum.</source>
        <translation>How many years the certificate is valid (1 to 50); empty: no end date.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="117"/>
        <source>Werkprocessen</source>
        <translation>Work processes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="151"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="157"/>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
</context>
<context>
    <name>ModulesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="196"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="197"/>
        <source>De modules en cursussen die groepen volgen: hun uren, de aanwezigheid die het certificaat vraagt en wat de module oplevert. Op het tabblad Werkprocessen staan de werkprocessen waarop beoordeeld en afgetekend wordt.</source>
        <translation>The modules and courses that groups follow: their hours, the attendance the certificate requires and what the module awards. The Work processes tab lists the work processes that are assessed and signed off.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="202"/>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="203"/>
        <source>modules</source>
        <translation>modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="204"/>
        <source>Nieuwe module</source>
        <translation>New module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="207"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="209"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="211"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="212"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="214"/>
        <source>Werkpr.</source>
        <translation>WPs</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="216"/>
        <source>Aantal werkprocessen</source>
        <translation>Number of work processes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="219"/>
        <source>Module {code}</source>
        <translation>Module {code}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="143"/>
        <source>Naar andere groep</source>
        <translation>Move to another group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="145"/>
        <source>{name} ({number}) stopt in deze groep de dag vóór de gekozen datum en begint dan in de andere groep, bij hetzelfde leerbedrijf en dezelfde praktijkopleider. De aanwezigheid blijft bij de lessen van deze groep.</source>
        <translation>{name} ({number}) stops in this group the day before the chosen date and then starts in the other group, with the same company and the same workplace trainer. The attendance stays with this group&apos;s lessons.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="160"/>
        <source>Naar groep</source>
        <translation>To group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="161"/>
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="162"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="183"/>
        <source>Kies de groep.</source>
        <translation>Choose the group.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="189"/>
        <source>Vul de datum in.</source>
        <translation>Fill in the date.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="28"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="28"/>
        <source>Hier ziet u straks het overzicht van vandaag: uw lessen, wie zich ziek heeft gemeld en wat nog afgetekend of beoordeeld moet worden.</source>
        <translation>This is where you will soon see today&apos;s overview: your lessons, who has called in sick and what still needs a sign-off or an assessment.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="32"/>
        <source>Hier vult u straks per les het presentieregister in: één toets per status (A, L, V, Z, G, O), een badge scannen of &apos;Iedereen aanwezig&apos;.</source>
        <translation>This is where you will soon fill in the attendance register per lesson: one key per status (A, L, V, Z, G, O), scanning a badge or &apos;Everyone present&apos;.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="36"/>
        <source>Hier zoekt u straks alle deelnemers en bekijkt u hun gegevens en inschrijvingen.</source>
        <translation>This is where you will soon find all participants and view their details and enrolments.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="39"/>
        <source>Hier legt u straks praktijkbeoordelingen per werkproces vast op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar.</source>
        <translation>This is where you will soon record practical assessments per work process on the assessment form, with the workplace trainer as second assessor.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="43"/>
        <source>Hier tekent de praktijkopleider straks werkprocessen en bpv-uren af, op het scherm of op een kaart die u daarna invoert.</source>
        <translation>This is where the workplace trainer will soon sign off work processes and placement hours, on screen or on a card that you enter afterwards.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="47"/>
        <source>Hier maakt en controleert u straks certificaten en bewijzen van deelname, en trekt u ze zo nodig in.</source>
        <translation>This is where you will soon make and verify certificates and proofs of participation, and revoke them where needed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="50"/>
        <source>Hier maakt u straks overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF.</source>
        <translation>This is where you will soon make overviews of attendance, absence signals and hours per participant and per funder, as Excel or PDF.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="53"/>
        <source>Hier beheert u straks locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen.</source>
        <translation>This is where you will soon manage sites, users, training companies, modules, groups, import and export, backups, synchronisation and settings.</translation>
    </message>
    <message>
        <source>het overzicht van vandaag: uw lessen, wie er ziek gemeld is en wat nog afgetekend of beoordeeld moet worden</source>
        <translation type="vanished">today&apos;s overview: your lessons, who has called in sick and what still needs a sign-off or an assessment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="31"/>
        <source>Presentie</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>het presentieregister per les: één toets per status (A, L, V, Z, G, O), badge scannen en &apos;Iedereen aanwezig&apos;</source>
        <translation type="vanished">the attendance register per lesson: one key per status (A, L, V, Z, G, O), badge scanning and &apos;Everyone present&apos;</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="35"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>alle deelnemers zoeken en hun gegevens en inschrijvingen bekijken</source>
        <translation type="vanished">finding every participant and viewing their details and enrolments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="38"/>
        <source>Beoordelingen</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>praktijkbeoordelingen per werkproces vastleggen op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar</source>
        <translation type="vanished">recording practical assessments per work process on the assessment form, with the workplace trainer as second assessor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="42"/>
        <source>Aftekenen</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <source>aftekeningen van werkprocessen en bpv-uren door de praktijkopleider, op het scherm of van een getekende kaart</source>
        <translation type="vanished">sign-offs of work processes and placement hours by the workplace trainer, on screen or from a signed card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="46"/>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>certificaten en bewijzen van deelname maken, controleren en zo nodig intrekken</source>
        <translation type="vanished">making, verifying and, where needed, revoking certificates and proofs of participation</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="49"/>
        <source>Rapportages</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF</source>
        <translation type="vanished">overviews of attendance, absence signals and hours per participant and per funder, as Excel or PDF</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="53"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen</source>
        <translation type="vanished">sites, users, training companies, modules, groups, import and export, backups, synchronisation and settings</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="37"/>
        <source>minstens {n} tekens</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="45"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="46"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="57"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>NotBuiltNotice</name>
    <message>
        <source>Deze pagina is nog niet gebouwd. Hier komt straks {purpose}.</source>
        <translation type="vanished">This page has not been built yet. It will soon hold {purpose}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/placeholder.py" line="23"/>
        <source>Deze pagina is nog niet gebouwd. {purpose}</source>
        <translation>This page has not been built yet. {purpose}</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../bvmdesk/ui/common/section_card.py" line="30"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="57"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="61"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="150"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="294"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="64"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="75"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="66"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="71"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="77"/>
        <source>Vooraf gemeld</source>
        <translation>Reported in advance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="151"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="297"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="153"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="155"/>
        <source>{count} lessen met ongeoorloofd verzuim</source>
        <translation>{count} lessons with unexcused absence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="157"/>
        <source>Ongeoorloofd</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="162"/>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="166"/>
        <source>Verzuimsignalen</source>
        <translation>Absence signals</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="282"/>
        <source>Nog niet overgedragen</source>
        <translation>Not yet handed over</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="283"/>
        <source>Overgedragen {day}</source>
        <translation>Handed over {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="300"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="302"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="304"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="307"/>
        <source>{attended} aanwezig van {marked} ingevuld</source>
        <translation>{attended} present of {marked} recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="310"/>
        <source>Aanwezigheidswaarschuwingen</source>
        <translation>Attendance warnings</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="61"/>
        <source>Aftekenkaart vastleggen</source>
        <translation>Record sign-off card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="65"/>
        <source>Scan de QR-code van de kaart of typ de code (ZWL-AK-2026-00012)</source>
        <translation>Scan the card&apos;s QR code or type the code (ZWL-AK-2026-00012)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="68"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="88"/>
        <source>Foto of scan van de kaart…</source>
        <translation>Photo or scan of the card…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="90"/>
        <source>Nog geen foto gekozen.</source>
        <translation>No photo chosen yet.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="96"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="97"/>
        <source>Foto of scan</source>
        <translation>Photo or scan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="100"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="102"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="111"/>
        <source>Code van de aftekenkaart</source>
        <translation>Sign-off card code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="115"/>
        <source>Afgetekende taken (vink aan wat op de kaart is afgetekend)</source>
        <translation>Signed-off tasks (tick what has been signed off on the card)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="129"/>
        <source>Scan eerst de kaart.</source>
        <translation>Scan the card first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="169"/>
        <source>{name} ({number}), groep {group}, {module}; leerbedrijf {company}.</source>
        <translation>{name} ({number}), group {group}, {module}; training company {company}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="177"/>
        <source>Kaart {code}, versie {version}, gedrukt {date}. </source>
        <translation>Card {code}, version {version}, printed {date}. </translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="181"/>
        <source>Al afgetekend: {codes}.</source>
        <translation>Already signed off: {codes}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="187"/>
        <source>Geen open taken op deze kaart: alles is al afgetekend.</source>
        <translation>No open tasks on this card: everything has already been signed off.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="200"/>
        <source> (eigen praktijkopleider)</source>
        <translation> (own workplace trainer)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="228"/>
        <source>{name} kon niet worden gelezen: {reason}.</source>
        <translation>{name} could not be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="240"/>
        <source>Scan eerst de kaart of kies een deelnemer.</source>
        <translation>Scan the card or choose a participant first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="244"/>
        <source>Een datum klopt niet; er is niets vastgelegd.</source>
        <translation>A date is not right; nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="247"/>
        <source>Vink eerst de taken aan die op de kaart zijn afgetekend.</source>
        <translation>First tick the tasks that have been signed off on the card.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="252"/>
        <source>Kies de praktijkopleider die de kaart tekende.</source>
        <translation>Choose the workplace trainer who signed the card.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="278"/>
        <source>Foto of scan van de kaart</source>
        <translation>Photo or scan of the card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="279"/>
        <source>Foto&apos;s ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
</context>
<context>
    <name>ParticipantAbsencesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/absences.py" line="33"/>
        <source>Vooraf gemelde afwezigheid</source>
        <translation>Absence reported in advance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/absences.py" line="41"/>
        <source>Geen afwezigheid vooraf gemeld.</source>
        <translation>No absence reported in advance.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/absences.py" line="42"/>
        <source>Afwezigheid melden…</source>
        <translation>Report absence…</translation>
    </message>
</context>
<context>
    <name>ParticipantAssessmentsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="164"/>
        <source>Beoordelingen</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="186"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="190"/>
        <source>Opdrachten, examens en bpv-voortgang staan apart; kies er één om alleen die te zien.</source>
        <translation>Assignments, exams and work placement progress are kept apart; choose one to see only that type.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="239"/>
        <source>Nog geen definitieve beoordelingen.</source>
        <translation>No final assessments yet.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="241"/>
        <source>Geen definitieve beoordelingen van deze soort.</source>
        <translation>No final assessments of this type.</translation>
    </message>
</context>
<context>
    <name>ParticipantChooser</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="86"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="90"/>
        <source>Naam, nummer, badge of kaartcode</source>
        <translation>Name, number, badge or card code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="153"/>
        <source>{name} is niet ingeschreven in een groep die u lesgeeft.</source>
        <translation>{name} is not enrolled in a group that you teach.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="156"/>
        <source>{name} is nergens ingeschreven.</source>
        <translation>{name} is not enrolled anywhere.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="169"/>
        <source>Zoek een deelnemer op naam of nummer, scan een badge of scan een aftekenkaart.</source>
        <translation>Find a participant by name or number, scan a badge or scan a sign-off card.</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="67"/>
        <source>Kies een deelnemer in de lijst om de gegevens te zien.</source>
        <translation>Choose a participant in the list to see their details.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="83"/>
        <source>Alleen beheerders kunnen persoonsgegevens wijzigen.</source>
        <translation>Only administrators can change personal details.</translation>
    </message>
    <message>
        <source>(geen datum)</source>
        <translation type="vanished">(no date)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="96"/>
        <source>Kies een doelgroep…</source>
        <translation>Choose a target group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="114"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="115"/>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="116"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="117"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="118"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="119"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="120"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="121"/>
        <source>Studentnummer</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="122"/>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="123"/>
        <source>Leerbedrijf</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="124"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="125"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="126"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="144"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="157"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="158"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="161"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="273"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="300"/>
        <source>Nieuwe deelnemer</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="305"/>
        <source>leeg laten: nummer wordt uitgedeeld</source>
        <translation>leave empty: a number is assigned</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="383"/>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="401"/>
        <source>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</source>
        <translation>Not saved: correct what is shown in red. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="407"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../bvmdesk/ui/common/participant_picker.py" line="50"/>
        <source>Naam, nummer of scan badge</source>
        <translation>Name, number or scan badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/participant_picker.py" line="101"/>
        <source>… en nog {count}: typ verder om te zoeken</source>
        <translation>… and {count} more: keep typing to search</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/participant_picker.py" line="104"/>
        <source>Niemand gevonden met &apos;{text}&apos;.</source>
        <translation>No one found matching &apos;{text}&apos;.</translation>
    </message>
</context>
<context>
    <name>ParticipantProgressModel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="136"/>
        <source>Werkproces</source>
        <translation>Work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="142"/>
        <source>Laatste
{kind}</source>
        <translation>Latest
{kind}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="148"/>
        <source>Het laatste definitieve resultaat per werkproces ({kind})</source>
        <translation>The latest final result per work process ({kind})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="150"/>
        <source> (versie {n}: de nieuwste telt)</source>
        <translation> (version {n}: the newest counts)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="152"/>
        <source>{kind} {code}{version}, formulier {form}, {day}</source>
        <translation>{kind} {code}{version}, form {form}, {day}</translation>
    </message>
</context>
<context>
    <name>ParticipantSignOffsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="41"/>
        <source>{group} · {company}: Aftekeningen: {signed} van {required} verplicht</source>
        <translation>{group} · {company}: Sign-offs: {signed} of {required} required</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="49"/>
        <source>Bpv-uren: {approved} goedgekeurd (norm onbekend)</source>
        <translation>Placement hours: {approved} approved (target unknown)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="53"/>
        <source>Bpv-uren: {approved} van {norm} goedgekeurd</source>
        <translation>Placement hours: {approved} of {norm} approved</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="67"/>
        <source>Aftekeningen</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="78"/>
        <source>Naar Aftekenen</source>
        <translation>Go to Sign-offs</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="79"/>
        <source>Aftekeningen en bpv-uren van deze deelnemer vastleggen</source>
        <translation>Record this participant&apos;s sign-offs and work placement hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="106"/>
        <source>Geen inschrijving met een leerbedrijf en praktijkopleider: aftekenen kan pas als die bij de inschrijving zijn ingevuld.</source>
        <translation>No enrolment with a training company and workplace trainer: signing off is only possible once these have been filled in for the enrolment.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="51"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="51"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="51"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="52"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="52"/>
        <source>Leerbedrijf</source>
        <translation>Training company</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="65"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="66"/>
        <source>Nieuwe deelnemer</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="68"/>
        <source>Naam, nummer of scan badge</source>
        <translation>Name, number or scan badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="209"/>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="210"/>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="99"/>
        <source>Wachtwoordzin voor sleutel {key}</source>
        <translation>Passphrase for key {key}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="100"/>
        <source>De sleutel {key} waarmee deze locatie certificaten ondertekent, is beveiligd met een wachtwoordzin. Typ die om te ondertekenen; BVM Desk vraagt er deze sessie niet meer om.</source>
        <translation>The key {key} with which this site signs certificates is protected with a passphrase. Type it to sign; BVM Desk will not ask for it again this session.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="49"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="51"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="54"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="74"/>
        <source>Typ de wachtwoordzin.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="77"/>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="82"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="79"/>
        <source>Een wachtwoordzin heeft minstens {n} tekens.</source>
        <translation>A passphrase has at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/pdf_pages.py" line="194"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="85"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="91"/>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="92"/>
        <source>Vorige maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="93"/>
        <source>Schooljaar tot nu</source>
        <translation>School year to date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="124"/>
        <source>De periode is leeg: de einddatum ligt voor de begindatum.</source>
        <translation>The period is empty: the end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>PersonExportButton</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="37"/>
        <source>Inzageverzoek exporteren…</source>
        <translation>Export access request…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="39"/>
        <source>Alles wat BVM Desk over deze deelnemer bewaart in één zip-bestand, voor een inzageverzoek (AVG artikel 15).</source>
        <translation>Everything BVM Desk keeps about this participant in one zip file, for an access request (GDPR (AVG) Article 15).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="61"/>
        <source>een inzageverzoek exporteren</source>
        <translation>export an access request</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="70"/>
        <source>Inzageverzoek exporteren</source>
        <translation>Export access request</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="71"/>
        <source>Zip-bestand (*.zip)</source>
        <translation>Zip file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="90"/>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="105"/>
        <source>Geannuleerd; er is niets geschreven.</source>
        <translation>Cancelled; nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="94"/>
        <source>De gegevens van {name} ({number}) staan in:
{path}

{rows} rijen, {attachments} bijlagen en {certificates} certificaten; overzicht.pdf is het leesbare overzicht. Het bestand bevat persoonsgegevens: geef het alleen aan de deelnemer zelf.</source>
        <translation>The data of {name} ({number}) is in:
{path}

{rows} rows, {attachments} attachments and {certificates} certificates; overzicht.pdf is the readable summary. The file contains personal data: give it only to the participant themselves.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="103"/>
        <source>Inzage van {number} wordt gemaakt…</source>
        <translation>Creating the access request file for {number}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="108"/>
        <source>Inzageverzoek</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="111"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="112"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/photos.py" line="53"/>
        <source>foto</source>
        <translation>photo</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../bvmdesk/ui/common/placeholder.py" line="45"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>PlannedAbsencesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="83"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="84"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="85"/>
        <source>De gekozen melding intrekken</source>
        <translation>Withdraw the selected report</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="99"/>
        <source>Niemand is vooraf afgemeld.</source>
        <translation>No one has been reported absent in advance.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="114"/>
        <source>Melding van {name} ({kind}, {when}) intrekken?</source>
        <translation>Withdraw the report for {name} ({kind}, {when})?</translation>
    </message>
</context>
<context>
    <name>PresentielijstForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="202"/>
        <source>Presentielijst</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="203"/>
        <source>De papieren presentielijst van de lessen van een groep op één dag, met wie vooraf afgemeld is; om te laten tekenen of als bewijs bij een financier.</source>
        <translation>The paper attendance sheet for a group&apos;s lessons on one day, showing who was reported absent in advance; to have it signed or as evidence for a funder.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="208"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="209"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PurgeConfirmDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="34"/>
        <source>Gegevens na de bewaartermijn verwijderen</source>
        <translation>Delete data past the retention period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="42"/>
        <source>Dit kan niet ongedaan worden gemaakt. Het register van uitgegeven certificaten (nummer, naam, datum, opleiding) blijft, en de audit houdt per verwijderd record een gebeurtenis zonder namen. Back-ups van vóór vandaag bevatten de gegevens nog tot ze vervallen.</source>
        <translation>This cannot be undone. The register of issued certificates (number, name, date, programme) remains, and the audit log keeps one event without names for each deleted record. Backups from before today still contain the data until they expire.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="47"/>
        <source>Bevestig met uw wachtwoord ({name}):</source>
        <translation>Confirm with your password ({name}):</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="55"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="57"/>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="66"/>
        <source>Dit wordt verwijderd:</source>
        <translation>The following will be deleted:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="80"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="257"/>
        <source>Kies een kwalificatie</source>
        <translation>Choose a qualification</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="261"/>
        <source>Zoek op crebo, naam of dossier</source>
        <translation>Search by crebo, name or qualification file</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="265"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="266"/>
        <source>Kwalificatie</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="267"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="269"/>
        <source>Dossier</source>
        <translation>Qualification file</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="272"/>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="274"/>
        <source>Vult de crebocode en het niveau in, en de naam als die nog leeg is.</source>
        <translation>Fills in the crebo code and the level, and the name if it is still empty.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="299"/>
        <source>Kies eerst een kwalificatie.</source>
        <translation>Choose a qualification first.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="259"/>
        <source>Reden van de wijziging</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="265"/>
        <source>Bijvoorbeeld: briefje van de docent</source>
        <translation>For example: note from the teacher</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="269"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="271"/>
        <location filename="../../bvmdesk/ui/common/reason_dialog.py" line="51"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reason_dialog.py" line="35"/>
        <source>Geef een reden van minstens {count} tekens; er is niets gewijzigd.</source>
        <translation>Give a reason of at least {count} characters; nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>Reauth</name>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="68"/>
        <source>Dit is niet het wachtwoord van {name}.</source>
        <translation>This is not the password of {name}.</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="111"/>
        <source>Bevestig met uw wachtwoord</source>
        <translation>Confirm with your password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="114"/>
        <source>Voor {action} vraagt BVM Desk uw wachtwoord opnieuw: u voerde het langer dan 5 minuten geleden in. Ingelogd als {name}.</source>
        <translation>To {action}, BVM Desk asks for your password again: you entered it more than 5 minutes ago. Logged in as {name}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="125"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="127"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="147"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>RecordFormSide</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="88"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="vanished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>De wijzigingen weggooien (Esc)</source>
        <translation type="vanished">Discard the changes (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordListSide</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="39"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="40"/>
        <source>Zoek op code of naam (ook een deel ervan)</source>
        <translation>Search by code or name (or part of it)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="42"/>
        <source>ook gearchiveerd</source>
        <translation>include archived</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="45"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="46"/>
        <source>Een nieuw record (Ctrl+N)</source>
        <translation>A new record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="47"/>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="77"/>
        <source>U kunt dit alleen bekijken; een beheerder wijzigt het.</source>
        <translation>You can only view this; an administrator changes it.</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="vanished">Search</translation>
    </message>
    <message>
        <source>Zoek op code of naam (ook een deel ervan)</source>
        <translation type="vanished">Search by code or name (or part of it)</translation>
    </message>
    <message>
        <source>ook gearchiveerd</source>
        <translation type="vanished">include archived</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="vanished">New</translation>
    </message>
    <message>
        <source>Een nieuw record (Ctrl+N)</source>
        <translation type="vanished">A new record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="vanished">Details</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="vanished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>De wijzigingen weggooien (Esc)</source>
        <translation type="vanished">Discard the changes (Esc)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="243"/>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="172"/>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="175"/>
        <source>{shown} van {n} {what}</source>
        <translation>{shown} of {n} {what}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="237"/>
        <location filename="../../bvmdesk/ui/admin/record_form.py" line="149"/>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="242"/>
        <source>Kies links een regel, of klik op Nieuw.</source>
        <translation>Choose a row on the left, or click New.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="243"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="301"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="316"/>
        <source>Verbeter het veld met de rode tekst; er is niets opgeslagen.</source>
        <translation>Correct the field with the red text; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="319"/>
        <source>Verbeter de {n} velden met een rode tekst; er is niets opgeslagen.</source>
        <translation>Correct the {n} fields with red text; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="344"/>
        <source>De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?</source>
        <translation>The changes in the form have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="345"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="357"/>
        <source>{name} is teruggezet.</source>
        <translation>{name} has been restored.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="361"/>
        <source>{name} archiveren? Het verdwijnt uit de lijsten en keuzes; u kunt het later terugzetten.</source>
        <translation>Archive {name}? It will disappear from the lists and choices; you can restore it later.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="364"/>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="368"/>
        <source>{name} is gearchiveerd.</source>
        <translation>{name} has been archived.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="141"/>
        <source>De back-up wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="152"/>
        <source>De back-up {backup} is teruggezet.

De vorige database staat in {aside}.

Log opnieuw in.</source>
        <translation>The backup {backup} has been restored.

The previous database is in {aside}.

Please log in again.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="50"/>
        <source>BVM Desk: database beschadigd</source>
        <translation>BVM Desk: database damaged</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="54"/>
        <source>De database is beschadigd</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="58"/>
        <source>SQLite meldt dat {location} beschadigd is:
{problems}

Werk er niet mee verder: zet een back-up terug, of open een andere database. Bij terugzetten blijft de beschadigde database bewaard (…voor-herstel-…) in dezelfde map.</source>
        <translation>SQLite reports that {location} is damaged:
{problems}

Do not keep working with it: restore a backup, or open another database. When restoring, the damaged database is kept (…voor-herstel-…) in the same folder.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="65"/>
        <source>Nieuwste goede back-up: {moment} ({kind}), {path}</source>
        <translation>Newest good backup: {moment} ({kind}), {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="68"/>
        <source>Er is geen goede back-up gevonden in de back-upmap.</source>
        <translation>No good backup was found in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="72"/>
        <source>Nieuwste back-up terugzetten</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="75"/>
        <source>Andere database openen…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="76"/>
        <source>BVM Desk sluiten</source>
        <translation>Close BVM Desk</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="101"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="101"/>
        <source>BVM Desk-database (*.sqlite);;Alle bestanden (*)</source>
        <translation>BVM Desk database (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="47"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="48"/>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="49"/>
        <source>Vroeg weg</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="50"/>
        <source>Ziek</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="51"/>
        <source>Geoorloofd afwezig</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="52"/>
        <source>Ongeoorloofd afwezig</source>
        <translation>Unexcused absence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="55"/>
        <source>Nog niet ingevuld</source>
        <translation>Not yet recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="72"/>
        <source>Opgeslagen als ‘Te laat’: de aankomst ligt na het begin van de les.</source>
        <translation>Saved as ‘Late’: the arrival is after the start of the lesson.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="75"/>
        <source>Opgeslagen als ‘Vroeg weg’: het vertrek ligt voor het einde van de les.</source>
        <translation>Saved as ‘Left early’: the departure is before the end of the lesson.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="94"/>
        <source>Presentie — {module} (groep {group})</source>
        <translation>Attendance — {module} (group {group})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="107"/>
        <source>Instructeur: {name}</source>
        <translation>Instructor: {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="108"/>
        <source>nog niet toegewezen</source>
        <translation>not yet assigned</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="122"/>
        <source> · vooraf gemeld</source>
        <translation> · reported in advance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="245"/>
        <source>Vooraf gemeld; een toets of scan legt de presentie vast.</source>
        <translation>Reported in advance; a key press or a scan records the attendance.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="57"/>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="186"/>
        <source>Presentie</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="58"/>
        <source>Zoek deelnemer of scan badge</source>
        <translation>Find a participant or scan a badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_widgets.py" line="50"/>
        <source>Iedereen aanwezig</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_widgets.py" line="52"/>
        <source>Vult alleen de lege rijen (Ctrl+Shift+A)</source>
        <translation>Fills only the empty rows (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_widgets.py" line="64"/>
        <source>Toetsen: &lt;b&gt;A&lt;/b&gt; aanwezig &lt;b&gt;L&lt;/b&gt; te laat &lt;b&gt;V&lt;/b&gt; vroeg weg &lt;b&gt;Z&lt;/b&gt; ziek &lt;b&gt;G&lt;/b&gt; geoorloofd &lt;b&gt;O&lt;/b&gt; ongeoorloofd · Enter: tijden en notitie · Ctrl+Z: ongedaan maken</source>
        <translation>Keys: &lt;b&gt;A&lt;/b&gt; present &lt;b&gt;L&lt;/b&gt; late &lt;b&gt;V&lt;/b&gt; left early &lt;b&gt;Z&lt;/b&gt; sick &lt;b&gt;G&lt;/b&gt; excused &lt;b&gt;O&lt;/b&gt; unexcused · Enter: times and note · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="46"/>
        <source>Toevoegen aan deze groep</source>
        <translation>Add to this group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="49"/>
        <source>Naar die les</source>
        <translation>Go to that lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="51"/>
        <source>Die les openen en de scan daar vastleggen</source>
        <translation>Open that lesson and record the scan there</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="184"/>
        <source>Scan een badge om iemand aan of af te melden.</source>
        <translation>Scan a badge to sign someone in or out.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="188"/>
        <source>Kies een datum met lessen, of een groep.</source>
        <translation>Choose a date with lessons, or a group.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="194"/>
        <source>Deze les is vervallen: {reason}</source>
        <translation>This lesson is cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="195"/>
        <source>geen reden opgegeven</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="197"/>
        <source>U kunt deze presentie alleen bekijken.</source>
        <translation>You can only view this register.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="208"/>
        <source>{marked} van {total} ingevuld</source>
        <translation>{marked} of {total} recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="62"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="84"/>
        <source>Waarom verandert de presentie van {name} na de lesdag?</source>
        <translation>Why does the attendance of {name} change after the lesson day?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="105"/>
        <source>Waarom wordt iedereen na de lesdag nog aanwezig gemeld?</source>
        <translation>Why is everyone marked present after the lesson day?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="110"/>
        <source>{count} deelnemers aanwezig gemeld.</source>
        <translation>{count} participants marked present.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="123"/>
        <source>Waarom wordt deze markering na de lesdag teruggedraaid?</source>
        <translation>Why is this mark undone after the lesson day?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="133"/>
        <source>Ongedaan gemaakt.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="90"/>
        <source>Kies eerst een les; de badge {code} is niet verwerkt.</source>
        <translation>Choose a lesson first; badge {code} was not processed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="95"/>
        <source>Deze presentie is alleen te bekijken.</source>
        <translation>This register can only be viewed.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="141"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="141"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="142"/>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="142"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReportForms</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="185"/>
        <source>Kies een groep…</source>
        <translation>Choose a group…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="194"/>
        <source>Kies een groep.</source>
        <translation>Choose a group.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="72"/>
        <source>Rapportages</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="73"/>
        <source>Uren van: naam, nummer of badge</source>
        <translation>Hours of: name, number or badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="112"/>
        <source>PDF maken…</source>
        <translation>Create PDF…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="114"/>
        <source>Excel maken…</source>
        <translation>Create Excel…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="120"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="154"/>
        <source>Verzuimsignalen</source>
        <translation>Absence signals</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="155"/>
        <source>Aanwezigheidswaarschuwingen</source>
        <translation>Attendance warnings</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="195"/>
        <source>Verzuimsignalen ({count})</source>
        <translation>Absence signals ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="197"/>
        <source>Aanwezigheidswaarschuwingen ({count})</source>
        <translation>Attendance warnings ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="216"/>
        <source>Vul eerst in wat in rood staat; er is niets gemaakt.</source>
        <translation>First fill in what is shown in red; nothing was created.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="235"/>
        <source>{title}: gegevens lezen…</source>
        <translation>{title}: reading data…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="241"/>
        <source>{title}: {name} schrijven…</source>
        <translation>{title}: writing {name}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="248"/>
        <source>Bezig met {title}…</source>
        <translation>Creating the {title}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="253"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="259"/>
        <source>{error} Er is niets geschreven.</source>
        <translation>{error} Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="264"/>
        <source>Er is niets geschreven.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="268"/>
        <source>Geannuleerd: er is niets geschreven.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="276"/>
        <source>Rapport opslaan als {kind}</source>
        <translation>Save report as {kind}</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="66"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="69"/>
        <source>De AVG vraagt gegevens niet langer te bewaren dan nodig. Hier ziet u per soort gegevens wat over de bewaartermijn is, en verwijdert u het. Het register van uitgegeven certificaten (nummer, naam, datum, opleiding) blijft altijd.</source>
        <translation>The GDPR (AVG) requires that data is not kept longer than necessary. Here you can see, for each type of data, what is past its retention period, and delete it. The register of issued certificates (number, name, date, programme) is always kept.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="74"/>
        <source>Alleen bekijken: alleen een beheerder kan bewaartermijnen wijzigen en gegevens verwijderen; u bent ingelogd als {name} ({role}).</source>
        <translation>View only: only an administrator can change retention periods and delete data; you are logged in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="83"/>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="84"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="85"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="86"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="87"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="92"/>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="93"/>
        <source>Persoonsdossier, na de laatste inschrijving</source>
        <translation>Personal file, after the last enrolment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="94"/>
        <source>Presentie en financiersbewijs</source>
        <translation>Attendance and funder evidence</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="95"/>
        <source>Beoordelingsbewijs, na afronding</source>
        <translation>Assessment evidence, after completion</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="101"/>
        <source>Een record volgt de locatie van zijn groep; een persoonsdossier de langste termijn van de locaties waar de deelnemer ingeschreven was.</source>
        <translation>A record follows the site of its group; a personal file follows the longest period of the sites where the participant was enrolled.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="108"/>
        <source>Soort gegevens</source>
        <translation>Type of data</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="108"/>
        <source>Termijn</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="108"/>
        <source>Over de termijn</source>
        <translation>Past the period</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="109"/>
        <source>Oudste</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="109"/>
        <source>Wat er weggaat</source>
        <translation>What will be removed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="120"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="121"/>
        <source>Opnieuw tellen (F5)</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="123"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="197"/>
        <source>Bewaartermijnen van {site} opgeslagen.</source>
        <translation>Retention periods for {site} saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="210"/>
        <source>Tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="226"/>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="242"/>
        <source>Er is niets over de bewaartermijn.</source>
        <translation>Nothing is past its retention period.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="247"/>
        <source>Tellen mislukt door een onverwachte fout.</source>
        <translation>Counting failed due to an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="268"/>
        <source>Niets verwijderd.</source>
        <translation>Nothing deleted.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="272"/>
        <source>Persoonsdossiers verwijderen…</source>
        <translation>Deleting personal files…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="273"/>
        <source>Presentie en financiersbewijs verwijderen…</source>
        <translation>Deleting attendance and funder evidence…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="274"/>
        <source>Beoordelingsbewijs verwijderen…</source>
        <translation>Deleting assessment evidence…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="282"/>
        <source>Gegevens verwijderen…</source>
        <translation>Deleting data…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="288"/>
        <source>Verwijderd. Persoonsdossiers: {personal}, presentieregels: {attendance}, beoordelingen: {assessment} ({rows} records in totaal).</source>
        <translation>Deleted. Personal files: {personal}, attendance lines: {attendance}, assessments: {assessment} ({rows} records in total).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="293"/>
        <source>Geannuleerd; wat al klaar was, is verwijderd. </source>
        <translation>Cancelled; what was already finished has been deleted. </translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="298"/>
        <source>Geannuleerd: wat al verwijderd was, blijft verwijderd; de rest staat er nog.</source>
        <translation>Cancelled: what was already deleted stays deleted; the rest is still there.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="304"/>
        <source>Verwijderen mislukt door een onverwachte fout; er is niets gewijzigd in de soort die bezig was.</source>
        <translation>Deleting failed due to an unexpected error; nothing was changed in the type of data being processed.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../bvmdesk/ui/formatting.py" line="37"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/formatting.py" line="38"/>
        <source>instructeur</source>
        <translation>instructor</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="69"/>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="71"/>
        <source>Scannerlogboek inlezen</source>
        <translation>Import scanner log</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="73"/>
        <source>Kies het logboek van de badgescanner: een .csv- of .txt-bestand met per regel badge;tijdstip. Elke scan wordt aankomst of vertrek bij de les die op dat moment bezig was. Alles wordt in één keer vastgelegd; hetzelfde logboek nog een keer inlezen verandert niets. Ziek of afwezig gemelde deelnemers blijven zoals ze zijn.</source>
        <translation>Choose the badge scanner&apos;s log: a .csv or .txt file with badge;time on each line. Each scan becomes an arrival or departure at the lesson that was running at that moment. Everything is recorded in one go; importing the same log again changes nothing. Participants reported sick or absent stay as they are.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="79"/>
        <source>U mag geen presentie vastleggen; u bent ingelogd als {name} ({role}).</source>
        <translation>You may not record attendance; you are logged in as {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="82"/>
        <source>&amp;Bestand kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="95"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="97"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="98"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="99"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="103"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="104"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="105"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="106"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="108"/>
        <source>Les</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="110"/>
        <source>Aankomst</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="111"/>
        <source>Vertrek</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="125"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="149"/>
        <source>een scanlog importeren</source>
        <translation>import a scanner log</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="153"/>
        <source>{name} is niet te lezen ({reason}).</source>
        <translation>{name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="176"/>
        <source>{name} wordt ingelezen…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="182"/>
        <source>1 scan</source>
        <translation>1 scan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="183"/>
        <source>{n} scans</source>
        <translation>{n} scans</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="184"/>
        <source>1 markering vastgelegd</source>
        <translation>1 mark recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="185"/>
        <source>{n} markeringen vastgelegd</source>
        <translation>{n} marks recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="187"/>
        <source>{scans} in {file}: {marked}, {unchanged} ongewijzigd, {skipped} overgeslagen, {unmatched} zonder les.</source>
        <translation>{scans} in {file}: {marked}, {unchanged} unchanged, {skipped} skipped, {unmatched} without a lesson.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="199"/>
        <source>Regels zonder markering: {unmatched} zonder les, {skipped} overgeslagen</source>
        <translation>Lines without a mark: {unmatched} without a lesson, {skipped} skipped</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="202"/>
        <source>Elke scan is verwerkt.</source>
        <translation>Every scan has been processed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="205"/>
        <source>Vastgelegde markeringen ({n})</source>
        <translation>Recorded marks ({n})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="233"/>
        <source>Het logboek is niet ingelezen: {reason} Er is niets gewijzigd.</source>
        <translation>The log was not imported: {reason} Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="236"/>
        <source>er ging iets onverwachts mis; de details staan in het logbestand.</source>
        <translation>something unexpected went wrong; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="240"/>
        <source>Geannuleerd: er is niets gewijzigd.</source>
        <translation>Cancelled: nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="244"/>
        <source>Scannerlogboek kiezen</source>
        <translation>Choose scanner log</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="245"/>
        <source>Scannerlogboek (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>Scanner log (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="46"/>
        <source>Onvoldoende</source>
        <translation>Insufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="46"/>
        <source>Voldoende</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="47"/>
        <source>Goed</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="47"/>
        <source>Acceptabel</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="48"/>
        <source>Niet acceptabel</source>
        <translation>Not acceptable</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="76"/>
        <source>Voorlopig: {text}</source>
        <translation>Provisional: {text}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="326"/>
        <source>Kritisch criterium: een onvoldoende hierop maakt het werkproces onvoldoende</source>
        <translation>Critical criterion: an insufficient rating here makes the work process insufficient</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="328"/>
        <source>kritisch</source>
        <translation>critical</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="336"/>
        <source>De toelichting ontbreekt: druk op Enter om haar te schrijven.</source>
        <translation>The explanation is missing: press Enter to write it.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="338"/>
        <source>! Ontbreekt</source>
        <translation>! Missing</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="30"/>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="31"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="37"/>
        <source>&lt;b&gt;O&lt;/b&gt; onvoldoende &lt;b&gt;V&lt;/b&gt; voldoende &lt;b&gt;G&lt;/b&gt; goed</source>
        <translation>&lt;b&gt;O&lt;/b&gt; insufficient &lt;b&gt;V&lt;/b&gt; sufficient &lt;b&gt;G&lt;/b&gt; good</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="39"/>
        <source>&lt;b&gt;A&lt;/b&gt; acceptabel &lt;b&gt;N&lt;/b&gt; niet acceptabel</source>
        <translation>&lt;b&gt;A&lt;/b&gt; acceptable &lt;b&gt;N&lt;/b&gt; not acceptable</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="41"/>
        <source>&lt;b&gt;cijfer&lt;/b&gt; typen (7 of 7,5), Enter</source>
        <translation>type a &lt;b&gt;grade&lt;/b&gt; (7 or 7.5), Enter</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="42"/>
        <source>Enter: toelichting · Alt+Enter: opmerking · Delete: wissen · Ctrl+Enter: definitief maken</source>
        <translation>Enter: explanation · Alt+Enter: remark · Delete: clear · Ctrl+Enter: make final</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="44"/>
        <source>Toetsen: {keys} · {rest}</source>
        <translation>Keys: {keys} · {rest}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="199"/>
        <source>geslaagd</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="200"/>
        <source>niet geslaagd</source>
        <translation>not passed</translation>
    </message>
</context>
<context>
    <name>ScoringActions</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="48"/>
        <source> Er is niets gewijzigd.</source>
        <translation> Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="66"/>
        <source>Beoordeling {code} is definitief.</source>
        <translation>Assessment {code} is final.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="86"/>
        <source>Versie {version} van {code} is gemaakt; pas de scores aan en maak haar opnieuw definitief.</source>
        <translation>Version {version} of {code} has been created; adjust the scores and make it final again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="96"/>
        <source>Concept {code} van {name} verwijderen? De scores, opmerkingen en foto&apos;s van dit concept gaan verloren.</source>
        <translation>Delete draft {code} of {name}? The scores, remarks and photos of this draft will be lost.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="99"/>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="116"/>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="117"/>
        <source>Foto&apos;s ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="128"/>
        <source>{name} kon niet worden gelezen: {reason}. Er is niets toegevoegd.</source>
        <translation>{name} could not be read: {reason}. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="150"/>
        <source>De foto kon niet worden toegevoegd.</source>
        <translation>The photo could not be added.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="155"/>
        <source>Foto&apos;s toevoegen…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="160"/>
        <source>{count} foto(&apos;s) toegevoegd.</source>
        <translation>{count} photo(s) added.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="170"/>
        <source>Foto {name} verwijderen uit {code}?</source>
        <translation>Remove photo {name} from {code}?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="171"/>
        <source>Foto verwijderen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="197"/>
        <source>Tweede beoordelaar vastgelegd.</source>
        <translation>Second assessor recorded.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="205"/>
        <source>Tweede beoordelaar {name} weghalen uit {code}?</source>
        <translation>Remove second assessor {name} from {code}?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="207"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ScoringHeader</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="61"/>
        <source>Alle versies van deze beoordeling</source>
        <translation>All versions of this assessment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="98"/>
        <source>{code} · {name} ({number})</source>
        <translation>{code} · {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="101"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="103"/>
        <source>Beoordelingsformulier {code} {name}</source>
        <translation>Assessment form {code} {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="105"/>
        <source>groep {group}</source>
        <translation>group {group}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="107"/>
        <source>Beoordelaar: {name}</source>
        <translation>Assessor: {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="108"/>
        <source>Versie {version} · {status}</source>
        <translation>Version {version} · {status}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="111"/>
        <source>Versie {version}, vervangt versie {old}: {reason}</source>
        <translation>Version {version}, replaces version {old}: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="113"/>
        <source>geen reden opgegeven</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="118"/>
        <source>Versie {version} ({status})</source>
        <translation>Version {version} ({status})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="125"/>
        <source>Deze versie is vervangen door een nieuwere versie; de nieuwste definitieve versie telt.</source>
        <translation>This version has been replaced by a newer version; the newest final version counts.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="129"/>
        <source>Definitief sinds {day}: deze beoordeling kan niet meer worden gewijzigd. Een fout herstelt u met &apos;Corrigeren&apos; (een nieuwe versie).</source>
        <translation>Final since {day}: this assessment can no longer be changed. You fix a mistake with &apos;Correct&apos; (a new version).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="133"/>
        <source>U kunt deze beoordeling alleen bekijken.</source>
        <translation>You can only view this assessment.</translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="114"/>
        <source>Nr</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="114"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="114"/>
        <source>Kritisch</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="115"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="115"/>
        <source>Beoordeling</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="115"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="116"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="85"/>
        <source>Terug naar overzicht</source>
        <translation>Back to overview</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="90"/>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="92"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="94"/>
        <source>Definitief maken</source>
        <translation>Make final</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="96"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="191"/>
        <source>{rated} van {total} criteria beoordeeld</source>
        <translation>{rated} of {total} criteria rated</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="200"/>
        <source>Voorlopig: {word}</source>
        <translation>Provisional: {word}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="216"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="225"/>
        <source>Deze beoordeling is definitief; kies &apos;Corrigeren&apos; om iets te wijzigen.</source>
        <translation>This assessment is final; choose &apos;Correct&apos; to change anything.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="228"/>
        <source>U kunt deze beoordeling alleen bekijken.</source>
        <translation>You can only view this assessment.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="244"/>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="279"/>
        <source>Criterium {number} opgeslagen.</source>
        <translation>Criterion {number} saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="250"/>
        <source>Criterium {number} opgeslagen; typ de toelichting en druk op Enter (Esc: later).</source>
        <translation>Criterion {number} saved; type the explanation and press Enter (Esc: later).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="336"/>
        <source>Badge {code} gescand: er is niets beoordeeld. Deze beoordeling is van {name}; kies &apos;Terug naar overzicht&apos; om iemand anders te beoordelen.</source>
        <translation>Badge {code} scanned: nothing was rated. This assessment belongs to {name}; choose &apos;Back to overview&apos; to assess someone else.</translation>
    </message>
</context>
<context>
    <name>ScoringSide</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="73"/>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="150"/>
        <source>Opmerking bij de hele beoordeling</source>
        <translation>Remark on the whole assessment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="85"/>
        <source>Sleep foto&apos;s hierheen of kies een bestand.</source>
        <translation>Drag photos here or choose a file.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="88"/>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="90"/>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="106"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="92"/>
        <source>De gekozen foto verwijderen</source>
        <translation>Remove the selected photo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="104"/>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="170"/>
        <source>Tweede beoordelaar…</source>
        <translation>Second assessor…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="108"/>
        <source>De tweede beoordelaar weghalen</source>
        <translation>Remove the second assessor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="118"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="121"/>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="126"/>
        <source>Tweede beoordelaar</source>
        <translation>Second assessor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="150"/>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="163"/>
        <source>Bevestigd op {day}</source>
        <translation>Confirmed on {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="166"/>
        <source>Nog geen tweede beoordelaar.</source>
        <translation>No second assessor yet.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="169"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
</context>
<context>
    <name>SearchLimit</name>
    <message>
        <location filename="../../bvmdesk/ui/common/search_limit.py" line="15"/>
        <source>De zoektekst is ingekort tot {count} tekens.</source>
        <translation>The search text was shortened to {count} characters.</translation>
    </message>
</context>
<context>
    <name>SecondAssessorDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="128"/>
        <source>Tweede beoordelaar</source>
        <translation>Second assessor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="131"/>
        <source>De praktijkopleider van het leerbedrijf van {name}, of een andere instructeur, bevestigt deze beoordeling met naam en handtekening.</source>
        <translation>The workplace trainer of {name}&apos;s training company, or another instructor, confirms this assessment with name and signature.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="155"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="156"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="157"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="164"/>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="176"/>
        <source>Vul de naam van de tweede beoordelaar in.</source>
        <translation>Enter the name of the second assessor.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="184"/>
        <source>Zet eerst een handtekening.</source>
        <translation>Sign first.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="29"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>De taal van de schermen. Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="vanished">The language of the screens. A new choice takes effect when you restart BVM Desk.</translation>
    </message>
    <message>
        <source>De taal van de schermen en het voorteken van de badgescanner (meestal leeg). Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="vanished">The language of the screens and the badge scanner&apos;s prefix character (usually empty). A new choice takes effect when you restart BVM Desk.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="45"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Laat leeg als de badgescanner geen voorteken stuurt: een scan wordt dan herkend aan de snelheid waarmee de tekens binnenkomen.</source>
        <translation type="vanished">Leave empty if the badge scanner sends no prefix: a scan is then recognised by how fast its characters arrive.</translation>
    </message>
    <message>
        <source>Voorteken badgescanner</source>
        <translation type="vanished">Badge scanner prefix</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="38"/>
        <source>De taal van de schermen en het voorvoegsel van de badgescanner (meestal leeg). Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
        <translation>The language of the screens and the badge scanner&apos;s prefix (usually empty). A new choice takes effect when you restart BVM Desk.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="50"/>
        <source>Laat leeg als de badgescanner geen voorvoegsel stuurt: een scan wordt dan herkend aan de snelheid waarmee de tekens binnenkomen.</source>
        <translation>Leave empty if the badge scanner sends no prefix: a scan is then recognised by how fast its characters arrive.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="52"/>
        <source>Voorvoegsel van de badgescanner</source>
        <translation>Badge scanner prefix</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="53"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="80"/>
        <source>De instellingen konden niet worden opgeslagen: {reason}</source>
        <translation>The settings could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="84"/>
        <source>Opgeslagen. De nieuwe instellingen gaan in zodra u BVM Desk opnieuw start.</source>
        <translation>Saved. The new settings take effect when you restart BVM Desk.</translation>
    </message>
    <message>
        <source>Opgeslagen. De nieuwe taal gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="vanished">Saved. The new language takes effect when you restart BVM Desk.</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="72"/>
        <source>Aan de slag</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="82"/>
        <source>Deze locatie heeft nog geen lessen. Zet de eerste stappen hieronder; deze kaart verdwijnt zodra een groep lessen heeft.</source>
        <translation>This location has no lessons yet. Take the first steps below; this card disappears as soon as a group has lessons.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="84"/>
        <source>Deze locatie heeft nog geen lessen. Deze stappen zet een beheerder; u kunt de onderdelen wel bekijken, niet wijzigen.</source>
        <translation>This location has no lessons yet. These steps are taken by an administrator; you can view the sections but not change them.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="95"/>
        <source>Nieuwe deelnemer</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="96"/>
        <source>Deelnemers, Nieuwe deelnemer: één deelnemer met de hand invoeren</source>
        <translation>Participants, New participant: enter one participant by hand</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="98"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="98"/>
        <source>De pagina Deelnemers</source>
        <translation>The Participants page</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="100"/>
        <source>1. Modules</source>
        <translation>1. Modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="101"/>
        <source>Uren, minimale aanwezigheid, werkprocessen.</source>
        <translation>Hours, minimum attendance, work processes.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="102"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="102"/>
        <source>Beheer &gt; Modules</source>
        <translation>Administration &gt; Modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="103"/>
        <source>2. Leerbedrijven</source>
        <translation>2. Work placement companies</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="104"/>
        <source>Waar deelnemers werken, met praktijkopleiders.</source>
        <translation>Where participants work, with workplace trainers.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="105"/>
        <source>Leerbedrijven</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="105"/>
        <source>Beheer &gt; Leerbedrijven</source>
        <translation>Administration &gt; Companies</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="106"/>
        <source>Praktijkopleiders</source>
        <translation>Workplace trainers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="107"/>
        <source>Beheer &gt; Praktijkopleiders</source>
        <translation>Administration &gt; Workplace trainers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="108"/>
        <source>3. Een groep</source>
        <translation>3. A group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="109"/>
        <source>Een module op deze locatie, met startdatum.</source>
        <translation>A module at this location, with a start date.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="110"/>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="118"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="110"/>
        <source>Beheer &gt; Groepen</source>
        <translation>Administration &gt; Groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="111"/>
        <source>4. Deelnemers</source>
        <translation>4. Participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="112"/>
        <source>Met de hand, of uit een Excel-werkmap.</source>
        <translation>By hand, or from an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="114"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="114"/>
        <source>Beheer &gt; Importeren</source>
        <translation>Administration &gt; Import</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="115"/>
        <source>5. Lessen plannen</source>
        <translation>5. Plan lessons</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="116"/>
        <source>Kies de groep, tabblad Inschrijvingen, dan “Lessen plannen…”.</source>
        <translation>Choose the group, the Enrolments tab, then “Plan lessons…”.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="119"/>
        <source>Beheer &gt; Groepen: kies de groep, tabblad Inschrijvingen, dan “Lessen plannen…”</source>
        <translation>Administration &gt; Groups: choose the group, the Enrolments tab, then “Plan lessons…”</translation>
    </message>
    <message>
        <source>Kies de groep, dan “Lessen plannen…”.</source>
        <translation type="vanished">Choose the group, then “Plan lessons…”.</translation>
    </message>
    <message>
        <source>Beheer &gt; Groepen: kies de groep, dan “Lessen plannen…”</source>
        <translation type="vanished">Administration &gt; Groups: choose the group, then “Plan lessons…”</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="171"/>
        <source>({done} van 5 klaar)</source>
        <translation>({done} of 5 done)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="173"/>
        <source>1 module</source>
        <translation>1 module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="174"/>
        <source>{count} modules</source>
        <translation>{count} modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="176"/>
        <source>1 leerbedrijf</source>
        <translation>1 company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="177"/>
        <source>{count} leerbedrijven</source>
        <translation>{count} companies</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="178"/>
        <source>1 praktijkopleider</source>
        <translation>1 workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="179"/>
        <source>{count} praktijkopleiders</source>
        <translation>{count} workplace trainers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="181"/>
        <source>{companies}, {trainers}</source>
        <translation>{companies}, {trainers}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="183"/>
        <source>1 groep</source>
        <translation>1 group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="184"/>
        <source>{count} groepen</source>
        <translation>{count} groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="186"/>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="187"/>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="188"/>
        <source>1 les</source>
        <translation>1 lesson</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="189"/>
        <source>{count} lessen</source>
        <translation>{count} lessons</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="196"/>
        <source>klaar · {counted}</source>
        <translation>done · {counted}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="197"/>
        <source>nog te doen</source>
        <translation>to do</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="59"/>
        <source>Aftekenen op het scherm: {name}</source>
        <translation>Sign off on screen: {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="63"/>
        <source>{name} ({number}), groep {group}, {module}. Leerbedrijf: {company}. De praktijkopleider vinkt de taken aan die {name} beheerst, typt de pincode en zet een handtekening.</source>
        <translation>{name} ({number}), group {group}, {module}. Training company: {company}. The workplace trainer ticks the tasks that {name} has mastered, types the PIN and signs.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="71"/>
        <source>Alle taken zijn al afgetekend; er is niets meer af te tekenen.</source>
        <translation>All tasks have already been signed off; there is nothing left to sign off.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="77"/>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="89"/>
        <source>Aftekenen</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="91"/>
        <source>Aftekenen (Ctrl+Enter)</source>
        <translation>Sign off (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="93"/>
        <source>Bon afdrukken of opslaan</source>
        <translation>Print or save receipt</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="97"/>
        <source>Bon openen</source>
        <translation>Open receipt</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="100"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="132"/>
        <source>Een datum klopt niet; er is niets afgetekend.</source>
        <translation>A date is not right; nothing was signed off.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="135"/>
        <source>Vink eerst de taken aan die worden afgetekend.</source>
        <translation>First tick the tasks to be signed off.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="154"/>
        <source>1 taak afgetekend door {trainer}.</source>
        <translation>1 task signed off by {trainer}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="155"/>
        <source>{count} taken afgetekend door {trainer}.</source>
        <translation>{count} tasks signed off by {trainer}.</translation>
    </message>
    <message>
        <source>{count} afgetekend door {trainer}.</source>
        <translation type="vanished">{count} signed off by {trainer}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="161"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="172"/>
        <source>Bon opslaan</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="185"/>
        <source>Bon opgeslagen: {path}. &apos;Bon openen&apos; toont hem om af te drukken.</source>
        <translation>Receipt saved: {path}. &apos;Open receipt&apos; shows it for printing.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="190"/>
        <source>De bon kon niet worden gemaakt; de aftekening zelf is wel vastgelegd.</source>
        <translation>The receipt could not be created; the sign-off itself has been recorded.</translation>
    </message>
</context>
<context>
    <name>SignOffChooser</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="52"/>
        <source>vanaf {date}</source>
        <translation>from {date}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="60"/>
        <source>Geen leerbedrijf of praktijkopleider: geen aftekentaken. Vul bij Deelnemers het leerbedrijf en de praktijkopleider van deze inschrijving in.</source>
        <translation>No training company or workplace trainer: no sign-off tasks. Fill in this enrolment&apos;s training company and workplace trainer under Participants.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="64"/>
        <source>Leerbedrijf: {company}. Praktijkopleider: {trainer}.</source>
        <translation>Training company: {company}. Workplace trainer: {trainer}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="67"/>
        <source>SBB-nummer {sbb}.</source>
        <translation>SBB number {sbb}.</translation>
    </message>
</context>
<context>
    <name>SignOffPdf</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/pdf_files.py" line="25"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignOffTaskEditor</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="66"/>
        <source>Bijvoorbeeld: AT01</source>
        <translation>For example: AT01</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="70"/>
        <source>Wat de praktijkopleider aftekent, bijvoorbeeld: Last een hoeknaad in positie PB</source>
        <translation>What the workplace trainer signs off, for example: Welds a fillet weld in position PB</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="77"/>
        <source>Geen (of typ een code, zoals B1-K1-W1)</source>
        <translation>None (or type a code, such as B1-K1-W1)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="80"/>
        <source>Naam van een nieuw werkproces</source>
        <translation>Name of a new work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="81"/>
        <source>Verplicht: nodig voor de praktijkverklaring</source>
        <translation>Required: needed for the workplace statement</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="91"/>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="91"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="92"/>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="93"/>
        <source>&amp;Werkproces</source>
        <translation>&amp;Work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="94"/>
        <source>Naam &amp;werkproces</source>
        <translation>Work process &amp;name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="106"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="127"/>
        <source>Nieuwe aftekentaak</source>
        <translation>New sign-off task</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="129"/>
        <source>Aftekentaak {code}</source>
        <translation>Sign-off task {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="130"/>
        <source>Aftekentaak {code} wijzigen</source>
        <translation>Edit sign-off task {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="145"/>
        <source>De module van een taak ligt vast.</source>
        <translation>A task&apos;s module cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="179"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="241"/>
        <source>Verbeter de velden met een melding; er is niets opgeslagen.</source>
        <translation>Correct the fields with a message; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="257"/>
        <source>Werkproces {code} is nieuw voor deze module: het wordt bij het opslaan toegevoegd, met de naam hierboven (of anders de code).</source>
        <translation>Work process {code} is new for this module: it will be added when saving, with the name above (or otherwise the code).</translation>
    </message>
</context>
<context>
    <name>SignOffTasks</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="24"/>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="51"/>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="66"/>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="26"/>
        <source>op papier, vastgelegd door {name}</source>
        <translation>on paper, recorded by {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="36"/>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="50"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="41"/>
        <source>Afgetekend {date} door {trainer} ({method})</source>
        <translation>Signed off {date} by {trainer} ({method})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="62"/>
        <source>{moment}: ingetrokken door {who}. Reden: {reason}</source>
        <translation>{moment}: withdrawn by {who}. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="68"/>
        <source>{date}: afgetekend door {trainer} ({method}), vastgelegd door {who} op {moment}</source>
        <translation>{date}: signed off by {trainer} ({method}), recorded by {who} on {moment}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="73"/>
        <source>, kaart {code}</source>
        <translation>, card {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="75"/>
        <source>, met foto van de kaart</source>
        <translation>, with a photo of the card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="77"/>
        <source>. Opmerking: {remark}</source>
        <translation>. Remark: {remark}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="79"/>
        <source> (ingetrokken)</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="85"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="86"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="87"/>
        <source> (vervallen)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="90"/>
        <source>Werkproces</source>
        <translation>Work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="92"/>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="93"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="94"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SignOffTasksPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="38"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="39"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="64"/>
        <source>Aftekentaken</source>
        <translation>Sign-off tasks</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="67"/>
        <source>Wat de praktijkopleider per module aftekent, op het scherm of op de aftekenkaart. Een inschrijving met leerbedrijf en praktijkopleider krijgt de taken van haar module. Een gearchiveerde taak wordt niet meer aangeboden; wat al is afgetekend, blijft staan.</source>
        <translation>What the workplace trainer signs off per module, on screen or on the sign-off card. An enrolment with a training company and workplace trainer gets the tasks of its module. An archived task is no longer offered; what has already been signed off is kept.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="77"/>
        <source>Gearchiveerde tonen</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="78"/>
        <source>Nieuwe taak</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="80"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="83"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="92"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="94"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="95"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="96"/>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="99"/>
        <source>Werkproces</source>
        <translation>Work process</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="101"/>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="102"/>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="104"/>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="105"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="265"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="106"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="266"/>
        <source>Bekijken…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="107"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="264"/>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="124"/>
        <source>Alleen een beheerder wijzigt aftekentaken.</source>
        <translation>Only an administrator can edit sign-off tasks.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="176"/>
        <source>Deze module heeft nog geen aftekentaken. Maak er een met ‘Nieuwe taak’.</source>
        <translation>This module has no sign-off tasks yet. Create one with ‘New task’.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="180"/>
        <source>Nog geen aftekentaken. Maak er een met ‘Nieuwe taak’.</source>
        <translation>No sign-off tasks yet. Create one with ‘New task’.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="190"/>
        <source>Alle modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="208"/>
        <source>Kies eerst een taak in de lijst.</source>
        <translation>Choose a task in the list first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="229"/>
        <source>Taak {code} van {module} is teruggezet.</source>
        <translation>Task {code} of {module} has been restored.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="232"/>
        <source>Aftekentaak {code} ({description}) van {module} archiveren? Ze wordt niet meer aangeboden en komt niet meer op nieuwe aftekenkaarten; wat al is afgetekend, blijft staan.</source>
        <translation>Archive sign-off task {code} ({description}) of {module}? It will no longer be offered and will not appear on new sign-off cards; what has already been signed off is kept.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="236"/>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="239"/>
        <source>Taak {code} van {module} is gearchiveerd.</source>
        <translation>Task {code} of {module} has been archived.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="263"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="270"/>
        <source>Taak {code} van {module} is opgeslagen.</source>
        <translation>Task {code} of {module} has been saved.</translation>
    </message>
</context>
<context>
    <name>SignOffsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="81"/>
        <source>Aftekenen</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="82"/>
        <source>Aftekenen op het scherm</source>
        <translation>Sign off on screen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="104"/>
        <source>Aftekenen op het scherm (Ctrl+Enter)</source>
        <translation>Sign off on screen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="29"/>
        <source>Kaart vastleggen</source>
        <translation>Record card</translation>
    </message>
    <message>
        <source>Aftekenkaart afdrukken</source>
        <translation type="vanished">Print sign-off card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="35"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Foto van de kaart</source>
        <translation type="vanished">Photo of the card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="41"/>
        <source>Praktijkoverzicht</source>
        <translation>Workplace record</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="66"/>
        <source>Aftekeningen</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="67"/>
        <source>Bpv-uren</source>
        <translation>Placement hours</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="68"/>
        <source>Per groep</source>
        <translation>Per group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="188"/>
        <source>Deze deelnemer bestaat niet (meer).</source>
        <translation>This participant does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="107"/>
        <source>{task}: {state}</source>
        <translation>{task}: {state}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="31"/>
        <source>Kaart afdrukken</source>
        <translation>Print card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="33"/>
        <source>Aftekenkaart afdrukken, met QR-code (Ctrl+P)</source>
        <translation>Print the sign-off card, with its QR code (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="37"/>
        <source>Kaartfoto</source>
        <translation>Card photo</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="39"/>
        <source>De foto of scan van de teruggekomen kaart bekijken (Ctrl+Shift+F)</source>
        <translation>View the photo or scan of the returned card (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="185"/>
        <source>Deze deelnemer staat niet in een groep die u lesgeeft (of bestaat niet meer).</source>
        <translation>This participant is not in a group you teach (or no longer exists).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="254"/>
        <source>Kies eerst een deelnemer.</source>
        <translation>Choose a participant first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="257"/>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="295"/>
        <source>U mag geen aftekeningen vastleggen.</source>
        <translation>You may not record sign-offs.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="261"/>
        <source>Deze inschrijving heeft geen leerbedrijf of praktijkopleider: geen aftekentaken.</source>
        <translation>This enrolment has no training company or workplace trainer: no sign-off tasks.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="284"/>
        <source>1 taak afgetekend door {trainer} (scherm).</source>
        <translation>1 task signed off by {trainer} (screen).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="285"/>
        <source>{count} taken afgetekend door {trainer} (scherm).</source>
        <translation>{count} tasks signed off by {trainer} (screen).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="308"/>
        <source>1 taak vastgelegd ({method}).</source>
        <translation>1 task recorded ({method}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="309"/>
        <source>{count} taken vastgelegd ({method}).</source>
        <translation>{count} tasks recorded ({method}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="38"/>
        <source>Aftekening {code} intrekken</source>
        <translation>Withdraw sign-off {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="46"/>
        <source>Aftekening van {code} ingetrokken; de taak is weer open.</source>
        <translation>Sign-off of {code} withdrawn; the task is open again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="68"/>
        <source>Bpv-uren goedgekeurd.</source>
        <translation>Placement hours approved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="78"/>
        <source>De goedkeuring door {trainer} van {date} intrekken voor {name}? Alle weken van die goedkeuring zijn daarna weer niet goedgekeurd; de goedkeuring blijft in de geschiedenis staan, met uw reden.</source>
        <translation>Withdraw the approval by {trainer} of {date} for {name}? All weeks of that approval are then no longer approved; the approval stays in the history, with your reason.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="84"/>
        <source>Goedkeuring intrekken</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="93"/>
        <source>Goedkeuring ingetrokken; de weken zijn weer niet goedgekeurd.</source>
        <translation>Approval withdrawn; the weeks are no longer approved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="27"/>
        <source>Het PDF-bestand kon niet worden gemaakt.</source>
        <translation>The PDF file could not be made.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="34"/>
        <source>Aftekenkaart opslaan</source>
        <translation>Save sign-off card</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="47"/>
        <source>Aftekenkaart {code} (versie {version}) opgeslagen: {path}</source>
        <translation>Sign-off card {code} (version {version}) saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="59"/>
        <source>Aftekenkaarten opslaan</source>
        <translation>Save sign-off cards</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="64"/>
        <source>Aftekenkaarten van {group} opgeslagen: {path}</source>
        <translation>Sign-off cards of {group} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="74"/>
        <source>Praktijkoverzicht opslaan</source>
        <translation>Save workplace record</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="79"/>
        <source>Praktijkoverzicht opgeslagen: {path}</source>
        <translation>Workplace record saved: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="93"/>
        <source>De bpv-uren van {weeks} zijn nog niet opgeslagen. Nu opslaan?</source>
        <translation>The placement hours of {weeks} are not saved yet. Save them now?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="96"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="97"/>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../bvmdesk/ui/common/signature_pad.py" line="206"/>
        <source>Teken hier met muis, pen of vinger.</source>
        <translation>Sign here with mouse, pen or finger.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/signature_pad.py" line="209"/>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SigningKeyBox</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="55"/>
        <source>Sleutel om te ondertekenen</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="58"/>
        <source>Elk certificaat is ondertekend met de sleutel van deze locatie. De openbare sleutel staat in de database; de geheime helft is een bestand op deze pc.</source>
        <translation>Every certificate is signed with the key of this site. The public key is in the database; the secret half is a file on this PC.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="70"/>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="71"/>
        <source>Staat op deze pc</source>
        <translation>On this PC</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="72"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="79"/>
        <source>Wachtwoordzin instellen…</source>
        <translation>Set passphrase…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="81"/>
        <source>Wachtwoordzin verwijderen</source>
        <translation>Remove passphrase</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="83"/>
        <source>Openbare sleutel opslaan…</source>
        <translation>Save public key…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="84"/>
        <source>Sleutel exporteren…</source>
        <translation>Export key…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="86"/>
        <source>Sleutel importeren…</source>
        <translation>Import key…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="129"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="129"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="133"/>
        <source>ingesteld</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="134"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="137"/>
        <source>De geheime sleutel {key} staat niet op deze pc, bijvoorbeeld omdat de database gekopieerd is. Hier kunt u certificaten controleren, niet uitgeven. Exporteer de sleutel op de pc die hem heeft (Sleutel exporteren…) en importeer dat bestand hier (Sleutel importeren…).</source>
        <translation>The secret key {key} is not on this PC, for example because the database has been copied. Here you can verify certificates, not issue them. Export the key on the PC that has it (Export key…) and import that file here (Import key…).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="162"/>
        <source>Het bestand kon niet worden geschreven: {reason}.</source>
        <translation>The file could not be written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="165"/>
        <source> Er is niets gewijzigd.</source>
        <translation> Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="179"/>
        <source>De openbare sleutel {key} staat in {file}. Geef dit bestand aan wie certificaten wil controleren zonder deze database.</source>
        <translation>The public key {key} is in {file}. Give this file to anyone who wants to verify certificates without this database.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="185"/>
        <source>de sleutel exporteren</source>
        <translation>export the key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="192"/>
        <source>Sleutel {key} staat in {file}, beveiligd met de wachtwoordzin. Bewaar het bestand en de wachtwoordzin apart; op de andere pc van deze locatie kiest u Sleutel importeren….</source>
        <translation>Key {key} is in {file}, protected with the passphrase. Keep the file and the passphrase separately; on the other PC of this site, choose Import key….</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="198"/>
        <source>een sleutel importeren</source>
        <translation>import a key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="204"/>
        <source>Sleutel {key} staat nu op deze pc: hier kunnen certificaten worden uitgegeven.</source>
        <translation>Key {key} is now on this PC: certificates can be issued here.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="214"/>
        <source>De sleutel is beveiligd met de nieuwe wachtwoordzin; BVM Desk vraagt er eenmaal per sessie om.</source>
        <translation>The key is protected with the new passphrase; BVM Desk asks for it once per session.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="216"/>
        <source>De wachtwoordzin is van de sleutel gehaald.</source>
        <translation>The passphrase has been removed from the key.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="225"/>
        <source>Openbare sleutel opslaan</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="227"/>
        <source>Openbare sleutel (*.pem)</source>
        <translation>Public key (*.pem)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="232"/>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="238"/>
        <source>Sleutel exporteren</source>
        <translation>Export key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="234"/>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="247"/>
        <source>Sleutelbestand</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="239"/>
        <source>Kies een wachtwoordzin voor het exportbestand (minstens 8 tekens) en typ hem twee keer. U hebt hem nodig om de sleutel op de andere pc te importeren.</source>
        <translation>Choose a passphrase for the export file (at least 8 characters) and type it twice. You need it to import the key on the other PC.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="241"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="246"/>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="251"/>
        <source>Sleutel importeren</source>
        <translation>Import key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="252"/>
        <source>Typ de wachtwoordzin waarmee {file} is geëxporteerd.</source>
        <translation>Type the passphrase with which {file} was exported.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="253"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="264"/>
        <source>Wachtwoordzin instellen</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="265"/>
        <source>Met een wachtwoordzin kan niemand met dit sleutelbestand alleen certificaten ondertekenen. BVM Desk vraagt er eenmaal per sessie om, bij het eerste certificaat. Minstens 8 tekens, twee keer.</source>
        <translation>With a passphrase, nobody can sign certificates with this key file alone. BVM Desk asks for it once per session, at the first certificate. At least 8 characters, twice.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="268"/>
        <source>Instellen</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="273"/>
        <source>De wachtwoordzin van sleutel {key} verwijderen? Dan kan iedereen met toegang tot deze pc certificaten ondertekenen.</source>
        <translation>Remove the passphrase of key {key}? Then anyone with access to this PC can sign certificates.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="276"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="51"/>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="61"/>
        <source>standaard ({n} minuten)</source>
        <translation>default ({n} minutes)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="52"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="54"/>
        <source>standaard ({n} weken)</source>
        <translation>default ({n} weeks)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="55"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="57"/>
        <source>standaard (jonger dan {n})</source>
        <translation>default (under {n})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="58"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="65"/>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="66"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="67"/>
        <source>Letters en cijfers, zoals ZWL. De code staat in de nummers van deelnemers, certificaten en kaarten en verandert na het opslaan niet meer.</source>
        <translation>Letters and digits, such as ZWL. The code appears in the numbers of participants, certificates and cards, and cannot be changed after saving.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="70"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="71"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="72"/>
        <source>Verzuimsignaal vanaf</source>
        <translation>Absence signal from</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="73"/>
        <source>Zoveel minuten ongeoorloofd afwezig binnen de schoolweken hieronder geeft een verzuimsignaal.</source>
        <translation>This many minutes of unauthorised absence within the school weeks below gives an absence signal.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="75"/>
        <source>Binnen</source>
        <translation>Within</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="76"/>
        <source>Het aantal opeenvolgende schoolweken waarin de minuten worden opgeteld (vakantieweken tellen niet mee).</source>
        <translation>The number of consecutive school weeks over which the minutes are added up (holiday weeks do not count).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="78"/>
        <source>Voor deelnemers jonger dan</source>
        <translation>For participants under</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="79"/>
        <source>Alleen lessen op dagen dat de deelnemer jonger is dan deze leeftijd tellen mee.</source>
        <translation>Only lessons on days when the participant is under this age count.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="81"/>
        <source>Voorvoegsel badgescanner</source>
        <translation>Badge scanner prefix</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="83"/>
        <source>Eén leesteken, zoals #, of leeg: dan wordt een scan herkend aan de snelheid waarmee de tekens binnenkomen.</source>
        <translation>One punctuation character, such as #, or empty: a scan is then recognised by the speed at which the characters arrive.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="85"/>
        <source>Vergrendelen na (minuten)</source>
        <translation>Lock after (minutes)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="87"/>
        <source>Zolang niemand toetsenbord of muis gebruikt, vergrendelt BVM Desk na zoveel minuten (1 tot 240). Geldt op deze pc meteen na het opslaan.</source>
        <translation>When nobody uses the keyboard or mouse, BVM Desk locks after this many minutes (1 to 240). Takes effect on this PC as soon as you save.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="95"/>
        <source>Laat een drempel op &apos;standaard&apos; staan om de wettelijke standaard te gebruiken. Het voorvoegsel geldt op de pc&apos;s van deze locatie; een voorvoegsel dat op een pc zelf is ingesteld (Beheer &gt; Instellingen) gaat voor. Nieuwe drempels en een nieuw voorvoegsel gaan in zodra BVM Desk opnieuw start; de vergrendeltijd meteen.</source>
        <translation>Leave a threshold at &apos;default&apos; to use the statutory default. The prefix applies to the PCs at this site; a prefix set on a PC itself (Administration &gt; Settings) takes precedence. New thresholds and a new prefix take effect when BVM Desk restarts; the lock time immediately.</translation>
    </message>
    <message>
        <source>Laat een drempel op &apos;standaard&apos; staan om de wettelijke standaard te gebruiken. Het voorvoegsel geldt op de pc&apos;s van deze locatie; een voorvoegsel dat op een pc zelf is ingesteld (Beheer &gt; Instellingen) gaat voor. Nieuwe instellingen gaan in zodra BVM Desk opnieuw start.</source>
        <translation type="vanished">Leave a threshold at &apos;default&apos; to use the statutory default. The prefix applies to the PCs at this location; a prefix set on a PC itself (Administration &gt; Settings) takes precedence. New settings take effect when BVM Desk restarts.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="102"/>
        <source>Dit is de locatie van deze installatie; die kan niet worden gearchiveerd.</source>
        <translation>This is the location of this installation; it cannot be archived.</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="143"/>
        <source>{name} (deze installatie)</source>
        <translation>{name} (this installation)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="148"/>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>De locaties van de BVM, met per locatie de drempels van het verzuimsignaal en het voorvoegsel van de badgescanner. Groepen en vakanties horen bij een locatie.</source>
        <translation type="vanished">The BVM locations, each with its absence signal thresholds and badge scanner prefix. Groups and holidays belong to a location.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="149"/>
        <source>De locaties van de BVM, met per locatie de drempels van het verzuimsignaal, het voorvoegsel van de badgescanner en na hoeveel minuten BVM Desk vergrendelt. Groepen en vakanties horen bij een locatie.</source>
        <translation>The BVM sites, each with its absence signal thresholds, badge scanner prefix and the number of minutes after which BVM Desk locks. Groups and holidays belong to a site.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="153"/>
        <source>locatie</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="154"/>
        <source>locaties</source>
        <translation>locations</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="155"/>
        <source>Nieuwe locatie</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="158"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="160"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="162"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="163"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="167"/>
        <source>Locatie {code}</source>
        <translation>Location {code}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="35"/>
        <source>1 criterium</source>
        <translation>1 criterion</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="37"/>
        <source>{count} criteria</source>
        <translation>{count} criteria</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="57"/>
        <source>Nieuwe beoordeling</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="63"/>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="133"/>
        <source>Kies eerst een deelnemer.</source>
        <translation>Choose a participant first.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="76"/>
        <source>Beoordeling starten</source>
        <translation>Start assessment</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="80"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="90"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="92"/>
        <source>Beoordelingsformulier</source>
        <translation>Assessment form</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="146"/>
        <source>Formulieren van de modules van {name}:</source>
        <translation>Forms of {name}&apos;s modules:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="151"/>
        <source>{name} is niet ingeschreven voor een module met een beoordelingsformulier.</source>
        <translation>{name} is not enrolled in a module with an assessment form.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="61"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="62"/>
        <source>{name} ({number}), nu {status}.</source>
        <translation>{name} ({number}), currently {status}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="82"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="83"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="104"/>
        <source>Gestopt: de datum is de laatste dag in de groep (verplicht).</source>
        <translation>Stopped: the date is the last day in the group (required).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="106"/>
        <source>Afgerond: de datum is de einddatum; leeg is de einddatum van de groep.</source>
        <translation>Completed: the date is the end date; empty means the group&apos;s end date.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="109"/>
        <source>Actief: de einddatum wordt leeggemaakt; de datum telt niet.</source>
        <translation>Active: the end date is cleared; the date is not used.</translation>
    </message>
</context>
<context>
    <name>TaskTicks</name>
    <message>
        <source>Taak</source>
        <translation type="vanished">Task</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="125"/>
        <source>Opmerking (mag leeg)</source>
        <translation>Remark (optional)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="117"/>
        <source> (keuze)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="121"/>
        <source>Datum van de aftekening (vandaag of eerder)</source>
        <translation>Date of the sign-off (today or earlier)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="163"/>
        <source>Vul de datum in.</source>
        <translation>Fill in the date.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="111"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="163"/>
        <source>Kies een taak om te zien wie wat aftekende.</source>
        <translation>Choose a task to see who signed off what.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="166"/>
        <source>{code}: nog niet afgetekend.</source>
        <translation>{code}: not yet signed off.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="53"/>
        <source>Deels ({marked} van {total})</source>
        <translation>Partly ({marked} of {total})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="55"/>
        <source>Niet ingevuld</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="56"/>
        <source>Compleet</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="57"/>
        <source>Vervallen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="63"/>
        <source>Vervallen: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="64"/>
        <source>geen reden opgegeven</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="65"/>
        <source>{marked} van {total} ingevuld</source>
        <translation>{marked} of {total} recorded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="68"/>
        <source>, waarvan {count} vooraf gemeld</source>
        <translation>, of which {count} reported in advance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="76"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="78"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="81"/>
        <source>Instructeur</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="82"/>
        <source>niet toegewezen</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="84"/>
        <source>Presentie</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="87"/>
        <source>Gemeld</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="89"/>
        <source>{count} vooraf afwezig gemeld</source>
        <translation>{count} reported absent in advance</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="112"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="113"/>
        <source>Afwezigheid melden…</source>
        <translation>Report absence…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="114"/>
        <source>Afmelden: naam of badge</source>
        <translation>Report absent: name or badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="137"/>
        <source>Ziek of afwezig melden, vooraf (Ctrl+M)</source>
        <translation>Report sick or absent in advance (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="147"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="149"/>
        <source>Alles opnieuw lezen (F5)</source>
        <translation>Reload everything (F5)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="160"/>
        <source>Lessen van vandaag</source>
        <translation>Today&apos;s lessons</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="161"/>
        <source>Klik op een les om de presentie te openen.</source>
        <translation>Click a lesson to open its attendance register.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="166"/>
        <source>Niemand is voor vandaag vooraf afgemeld.</source>
        <translation>No one has been reported absent in advance for today.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="244"/>
        <source>Vandaag — {day}</source>
        <translation>Today — {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="251"/>
        <source>Vandaag zijn er geen lessen op locatie {site}. Een andere dag kiest u in Presentie.</source>
        <translation>There are no lessons at site {site} today. Choose another day in Attendance.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="254"/>
        <source>Vandaag zijn er geen lessen gepland.</source>
        <translation>No lessons are planned for today.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="82"/>
        <source>Kies een pincode (5-8 cijfers). De praktijkopleider gebruikt die bij elke volgende aftekening.</source>
        <translation>Choose a PIN (5-8 digits). The workplace trainer uses it for every later sign-off.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="93"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="96"/>
        <source>Kies een pincode</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="97"/>
        <source>Herhaal de pincode</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="98"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="104"/>
        <source>Handtekening van de praktijkopleider</source>
        <translation>Signature of the workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="136"/>
        <source>Het leerbedrijf heeft geen praktijkopleiders; leg die eerst vast onder Beheer &gt; Praktijkopleiders.</source>
        <translation>The training company has no workplace trainers; record them first under Administration &gt; Workplace trainers.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="155"/>
        <source> (eigen praktijkopleider)</source>
        <translation> (own workplace trainer)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="157"/>
        <source> · geblokkeerd tot {time}</source>
        <translation> · locked until {time}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="160"/>
        <source> · nog geen pincode</source>
        <translation> · no PIN yet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="197"/>
        <source>Kies de praktijkopleider.</source>
        <translation>Choose the workplace trainer.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="204"/>
        <source>De twee pincodes zijn niet gelijk; typ dezelfde pincode twee keer.</source>
        <translation>The two PINs do not match; type the same PIN twice.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="225"/>
        <source>Laat de praktijkopleider de pincode typen.</source>
        <translation>Have the workplace trainer type the PIN.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="239"/>
        <source>Zet eerst een handtekening; er is niets afgetekend.</source>
        <translation>Sign first; nothing was signed off.</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="92"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="93"/>
        <source>Een korte code, zoals PO-PIET; zo heet de praktijkopleider in de Excel-werkmap.</source>
        <translation>A short code, such as PO-PIET; this is what the workplace trainer is called in the Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="95"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="96"/>
        <source>Leerbedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="97"/>
        <source>Het leerbedrijf waar de praktijkopleider werkt. Nieuwe leerbedrijven maakt u onder Leerbedrijven.</source>
        <translation>The company where the workplace trainer works. New companies are created under Work placement companies.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="99"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="100"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="101"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="105"/>
        <source>Pincode herstellen…</source>
        <translation>Reset PIN…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="108"/>
        <source>Alleen een beheerder herstelt een pincode.</source>
        <translation>Only an administrator can reset a PIN.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="110"/>
        <source>Een praktijkopleider kiest de pincode zelf bij de eerste aftekening; na vijf verkeerde pincodes is hij of zij 15 minuten geblokkeerd.</source>
        <translation>A workplace trainer chooses their own PIN at the first sign-off; after five wrong PINs they are blocked for 15 minutes.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="130"/>
        <source>(kies een leerbedrijf)</source>
        <translation>(choose a company)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="138"/>
        <source> (gearchiveerd)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="191"/>
        <source>De pincode van {name} ({company}) herstellen? De huidige pincode vervalt en een blokkade wordt opgeheven. Bij de volgende aftekening kiest {name} zelf een nieuwe pincode (5 tot 8 cijfers).</source>
        <translation>Reset the PIN of {name} ({company})? The current PIN will no longer work and any block will be lifted. At the next sign-off {name} will choose a new PIN (5 to 8 digits).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="194"/>
        <source>Pincode herstellen</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="204"/>
        <source>De pincode van {name} is hersteld; bij de volgende aftekening kiest {name} een nieuwe pincode.</source>
        <translation>The PIN of {name} has been reset; at the next sign-off {name} will choose a new PIN.</translation>
    </message>
</context>
<context>
    <name>TrainersPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="214"/>
        <source>Praktijkopleiders</source>
        <translation>Workplace trainers</translation>
    </message>
    <message>
        <source>Hier staan voorlopig alleen de pincodes van de praktijkopleiders. Praktijkopleiders toevoegen en wijzigen kan hier nog niet (dat komt in een volgende versie); dat gaat nu met Beheer &gt; Importeren. Een praktijkopleider kiest de pincode zelf bij de eerste aftekening; na vijf verkeerde pincodes is hij of zij 15 minuten geblokkeerd.</source>
        <translation type="vanished">For now this only shows the workplace trainers&apos; PINs. Adding and editing workplace trainers is not possible here yet (that comes in a later version); for now use Administration &gt; Import. A workplace trainer chooses their own PIN at their first sign-off; after five wrong PINs they are locked for 15 minutes.</translation>
    </message>
    <message>
        <source>Zoek op code, naam of leerbedrijf</source>
        <translation type="vanished">Search by code, name or training company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="57"/>
        <source>ingesteld</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="58"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="215"/>
        <source>De praktijkopleiders van de leerbedrijven: zij tekenen af en beoordelen in de praktijk. Een praktijkopleider hoort bij één leerbedrijf.</source>
        <translation>The workplace trainers of the work placement companies: they sign off and assess in practice. A workplace trainer belongs to one company.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="218"/>
        <source>praktijkopleider</source>
        <translation>workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="219"/>
        <source>praktijkopleiders</source>
        <translation>workplace trainers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="220"/>
        <source>Nieuwe praktijkopleider</source>
        <translation>New workplace trainer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="223"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="225"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="227"/>
        <source>Leerbedrijf</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="228"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="233"/>
        <source>Praktijkopleider {code}</source>
        <translation>Workplace trainer {code}</translation>
    </message>
    <message>
        <source>Pincode herstellen…</source>
        <translation type="vanished">Reset PIN…</translation>
    </message>
    <message>
        <source>Alleen een beheerder herstelt een pincode.</source>
        <translation type="vanished">Only an administrator can reset a PIN.</translation>
    </message>
    <message>
        <source>Geen praktijkopleider past bij de zoektekst.</source>
        <translation type="vanished">No workplace trainer matches the search text.</translation>
    </message>
    <message>
        <source>Nog geen praktijkopleiders. Importeer ze met Beheer &gt; Importeren.</source>
        <translation type="vanished">No workplace trainers yet. Import them with Administration &gt; Import.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="43"/>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="54"/>
        <source>geblokkeerd tot {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="46"/>
        <source>pincode ingesteld</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="47"/>
        <source>geen pincode</source>
        <translation>no PIN</translation>
    </message>
    <message>
        <source>De pincode van {name} ({company}) herstellen? De huidige pincode vervalt en een blokkade wordt opgeheven. Bij de volgende aftekening kiest {name} zelf een nieuwe pincode (5 tot 8 cijfers).</source>
        <translation type="vanished">Reset the PIN of {name} ({company})? The current PIN is cancelled and any lock is lifted. At the next sign-off, {name} chooses a new PIN (5 to 8 digits).</translation>
    </message>
    <message>
        <source>Pincode herstellen</source>
        <translation type="vanished">Reset PIN</translation>
    </message>
    <message>
        <source>De pincode van {name} is hersteld; bij de volgende aftekening kiest {name} een nieuwe pincode.</source>
        <translation type="vanished">The PIN of {name} has been reset; at the next sign-off, {name} chooses a new PIN.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="44"/>
        <source>De naam om mee in te loggen, bijvoorbeeld pbakker: 2 tot 64 kleine letters, cijfers, punt, - of _. Hij verandert na het opslaan niet meer.</source>
        <translation>The name used to log in, for example pbakker: 2 to 64 lower-case letters, digits, full stop, - or _. It cannot be changed after saving.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="48"/>
        <source>De naam zoals BVM Desk hem toont, bijvoorbeeld Petra Bakker.</source>
        <translation>The name as BVM Desk shows it, for example Petra Bakker.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="60"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="61"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="62"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="63"/>
        <source>Eerste wachtwoord</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="65"/>
        <source>Geef dit wachtwoord de nieuwe gebruiker persoonlijk; bij de eerste keer inloggen kiest hij of zij een eigen wachtwoord.</source>
        <translation>Give this password to the new user in person; when they first log in, they choose their own password.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="vanished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>De wijzigingen weggooien (Esc)</source>
        <translation type="vanished">Discard the changes (Esc)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="84"/>
        <source>Wachtwoord herstellen…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="86"/>
        <source>Een tijdelijk wachtwoord; bij de volgende keer inloggen kiest de gebruiker een eigen wachtwoord</source>
        <translation>A temporary password; the next time they log in, the user chooses their own password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="89"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="90"/>
        <source>De blokkade na vijf verkeerde wachtwoorden nu opheffen</source>
        <translation>Lift the lock caused by five wrong passwords now</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="154"/>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="183"/>
        <source>Kies links een gebruiker, of klik op Nieuwe gebruiker.</source>
        <translation>Choose a user on the left, or click New user.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="185"/>
        <source>Kies links een gebruiker.</source>
        <translation>Choose a user on the left.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="194"/>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="204"/>
        <source>Uw eigen rol wijzigt een andere beheerder.</source>
        <translation>Only another administrator can change your own role.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="210"/>
        <source>Uitschakelen</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="211"/>
        <source>Inschakelen</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="214"/>
        <source>U kunt uw eigen account niet uitschakelen.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="227"/>
        <source>Dit account is actief.</source>
        <translation>This account is active.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="228"/>
        <source>Dit account is uitgeschakeld: het kan niet inloggen.</source>
        <translation>This account is disabled: it cannot log in.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="230"/>
        <source>Geblokkeerd tot {time} na vijf verkeerde wachtwoorden.</source>
        <translation>Locked until {time} after five wrong passwords.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="233"/>
        <source>Moet bij de volgende keer inloggen een eigen wachtwoord kiezen.</source>
        <translation>Must choose their own password at the next login.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="93"/>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Alleen bekijken: gebruikers toevoegen en wijzigen kan nu nog met de opdrachtregel (bvmdesk user add).</source>
        <translation type="vanished">View only: for now, add and change users with the command line (bvmdesk user add).</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="vanished">Username</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="56"/>
        <source>geblokkeerd tot {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="59"/>
        <source>moet wachtwoord wijzigen</source>
        <translation>must change password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="96"/>
        <source>De accounts van beheerders en instructeurs. Vijf verkeerde wachtwoorden blokkeren een account 15 minuten; een beheerder kan het eerder ontgrendelen.</source>
        <translation>The accounts of administrators and instructors. Five wrong passwords lock an account for 15 minutes; an administrator can unlock it sooner.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="102"/>
        <source>U kunt dit alleen bekijken; een beheerder wijzigt het.</source>
        <translation>You can only view this; an administrator changes it.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="105"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="106"/>
        <source>Zoek op gebruikersnaam of naam</source>
        <translation>Search by username or name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="109"/>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="110"/>
        <source>Een nieuwe gebruiker (Ctrl+N)</source>
        <translation>A new user (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="118"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="119"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="121"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="202"/>
        <source>gebruiker</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="202"/>
        <source>gebruikers</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="204"/>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="206"/>
        <source>{shown} van {n} {what}</source>
        <translation>{shown} of {n} {what}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="233"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="253"/>
        <source>De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?</source>
        <translation>The changes in the form have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="234"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="254"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="273"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="339"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="363"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="386"/>
        <source>gebruikers beheren</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="284"/>
        <source>{name} is opgeslagen.</source>
        <translation>{name} has been saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="291"/>
        <source>Vul een gebruikersnaam in.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="305"/>
        <source>{name} is toegevoegd. Bij de eerste keer inloggen kiest {name} een eigen wachtwoord.</source>
        <translation>{name} has been added. When they first log in, {name} chooses their own password.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="313"/>
        <source>Verbeter de rode tekst; er is niets opgeslagen.</source>
        <translation>Correct the text in red; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="342"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="347"/>
        <source>Wachtwoord herstellen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="343"/>
        <source>Tijdelijk wachtwoord voor {name}</source>
        <translation>Temporary password for {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="344"/>
        <source>Typ een tijdelijk wachtwoord en geef het {name} persoonlijk. Bij de volgende keer inloggen kiest {name} een eigen wachtwoord. Een blokkade wordt opgeheven.</source>
        <translation>Type a temporary password and give it to {name} in person. The next time they log in, {name} chooses their own password. Any lock is lifted.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="354"/>
        <source>Het wachtwoord van {name} is hersteld; bij de volgende keer inloggen kiest {name} een eigen wachtwoord.</source>
        <translation>The password of {name} has been reset; the next time they log in, {name} chooses their own password.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="366"/>
        <source>{name} ({username}) uitschakelen? Het account kan dan niet meer inloggen; u kunt het later weer inschakelen.</source>
        <translation>Disable {name} ({username})? The account will no longer be able to log in; you can enable it again later.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="369"/>
        <source>Uitschakelen</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="376"/>
        <source>{name} is ingeschakeld.</source>
        <translation>{name} has been enabled.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="377"/>
        <source>{name} is uitgeschakeld.</source>
        <translation>{name} has been disabled.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="393"/>
        <source>{name} is ontgrendeld en kan weer inloggen.</source>
        <translation>{name} has been unlocked and can log in again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="60"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="54"/>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="56"/>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="57"/>
        <source>Ongeldig (gewijzigd)</source>
        <translation>Invalid (altered)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="59"/>
        <source>Onbekende sleutel</source>
        <translation>Unknown key</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="61"/>
        <source>Ingetrokken</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="62"/>
        <source>Vervangen</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="64"/>
        <source>Verlopen</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="65"/>
        <source>Geen certificaatcode</source>
        <translation>No certificate code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="67"/>
        <source>Niet gecontroleerd</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="75"/>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="77"/>
        <source>Bewijs van deelname</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="98"/>
        <source>Certificaat verifiëren</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <source>Scan de QR-code van het certificaat, of plak de code hieronder en druk op Enter. Een PDF van BVM Desk kunt u ook kiezen.</source>
        <translation type="vanished">Scan the QR code of the certificate, or paste the code below and press Enter. You can also choose a PDF from BVM Desk.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="101"/>
        <source>Scan de QR-code van het certificaat, of plak de code (of het webadres uit de QR-code) hieronder en druk op Enter. Een PDF van BVM Desk kunt u ook kiezen.</source>
        <translation>Scan the QR code of the certificate, or paste the code (or the web address in the QR code) below and press Enter. You can also choose a PDF from BVM Desk.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="107"/>
        <source>BVM1:…</source>
        <translation>BVM1:…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="110"/>
        <source>Certificaatcode</source>
        <translation>Certificate code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="112"/>
        <source>PDF kiezen…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="123"/>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="267"/>
        <source>Wacht op een code</source>
        <translation>Waiting for a code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="145"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="145"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="146"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="146"/>
        <source>Uitgegeven op</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="147"/>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="147"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="167"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="196"/>
        <source>Dit is geen certificaatcode van BVM Desk.</source>
        <translation>This is not a BVM Desk certificate code.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="208"/>
        <source>Kan {file} niet lezen: {reason}.</source>
        <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="216"/>
        <source>{file} is een afdrukbestand met de bladzijden van een reeks certificaten; zo&apos;n bestand draagt zelf geen certificaatcode. Scan de QR-code op een bladzijde, of kies de PDF van één certificaat (Opslaan als…).</source>
        <translation>{file} is a print file with the pages of a batch of certificates; such a file carries no certificate code of its own. Scan the QR code on a page, or choose the PDF of one certificate (Save as…).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="222"/>
        <source>Het bestand {file} bevat geen certificaatcode van BVM Desk.</source>
        <translation>The file {file} does not contain a BVM Desk certificate code.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="245"/>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="283"/>
        <source>PDF kiezen</source>
        <translation>Choose PDF</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="284"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VerifyPageBox</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="51"/>
        <source>Controleren met een telefoon</source>
        <translation>Checking with a phone</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="54"/>
        <source>Met een verificatieadres opent de QR-code van nieuwe certificaten de verificatiepagina van de BVM: een telefooncamera is genoeg om een certificaat te controleren, zonder BVM Desk en zonder server. Zet de pagina op dat adres; maak en publiceer hem opnieuw als een locatie een nieuwe of vervangen sleutel krijgt. Uitgegeven certificaten blijven zoals ze zijn.</source>
        <translation>With a verification address, the QR code of new certificates opens the BVM&apos;s verification page: a phone camera is enough to check a certificate, without BVM Desk and without a server. Put the page at that address; make and publish it again when a site gets a new or replaced key. Issued certificates stay as they are.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="66"/>
        <source>Leeg: de QR-code bevat alleen de code, zoals voorheen.</source>
        <translation>Empty: the QR code holds only the code, as before.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="72"/>
        <source>Verificatieadres</source>
        <translation>Verification address</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="73"/>
        <source>Adres opslaan</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="74"/>
        <source>Verificatiepagina maken…</source>
        <translation>Make verification page…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="106"/>
        <source>Het verificatieadres is niet gewijzigd.</source>
        <translation>The verification address has not changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="109"/>
        <source>het verificatieadres wijzigen</source>
        <translation>changing the verification address</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="111"/>
        <source>Niet bevestigd; het verificatieadres is niet gewijzigd.</source>
        <translation>Not confirmed; the verification address has not been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="120"/>
        <source>Verificatieadres gewist: nieuwe certificaten krijgen alleen de code in hun QR-code.</source>
        <translation>Verification address removed: new certificates get only the code in their QR code.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="123"/>
        <source>Opgeslagen. De QR-code van nieuwe certificaten opent {address}. Zet daar de verificatiepagina neer (Verificatiepagina maken…).</source>
        <translation>Saved. The QR code of new certificates opens {address}. Put the verification page there (Make verification page…).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="127"/>
        <source>Let op: browsers controleren de handtekening alleen op een pagina die via https:// komt.</source>
        <translation>Note: browsers check the signature only on a page that comes over https://.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="141"/>
        <source>Zet index.html op {address}.</source>
        <translation>Put index.html at {address}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="143"/>
        <source>Stel ook het verificatieadres in: het adres waar u index.html neerzet.</source>
        <translation>Also set the verification address: the address where you put index.html.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="146"/>
        <source>De verificatiepagina staat in {folder}: index.html, met de sleutels {keys}, en README.txt voor wie hem publiceert. {where} Krijgt een locatie een nieuwe of vervangen sleutel, maak en publiceer de pagina dan opnieuw.</source>
        <translation>The verification page is in {folder}: index.html, with the keys {keys}, and README.txt for whoever publishes it. {where} When a site gets a new or replaced key, make and publish the page again.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="158"/>
        <source>Map voor de verificatiepagina</source>
        <translation>Folder for the verification page</translation>
    </message>
</context>
<context>
    <name>VerzuimForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="283"/>
        <source>Verzuimrapport</source>
        <translation>Absence signal report</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="284"/>
        <source>Alle verzuimsignalen (Leerplichtwet) tot en met de peildatum, met de lessen die meetellen en of het signaal aan de school is overgedragen.</source>
        <translation>All absence signals (Compulsory Education Act) up to and including the reference date, with the lessons that count and whether the signal has been handed over to the school.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="288"/>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
</context>
<context>
    <name>VerzuimPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="175"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="180"/>
        <source>Overdracht intrekken</source>
        <translation>Withdraw handover</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="177"/>
        <source>Overgedragen aan school…</source>
        <translation>Handed over to school…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="179"/>
        <source>Vastleggen dat dit signaal aan de school is doorgegeven (die meldt het bij DUO)</source>
        <translation>Record that this signal has been passed on to the school (which reports it to DUO)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="181"/>
        <source>Naar deelnemer</source>
        <translation>Go to participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="192"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="197"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="199"/>
        <source>(bijwerken…)</source>
        <translation>(updating…)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="204"/>
        <source>De verzuimsignalen konden niet worden gelezen: {error}</source>
        <translation>The absence signals could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="214"/>
        <source>Geen verzuimsignalen tot en met {day}.</source>
        <translation>No absence signals up to and including {day}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="218"/>
        <source>Geen verzuimsignalen die nog aan de school moeten worden overgedragen.</source>
        <translation>No absence signals still to be handed over to the school.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="244"/>
        <source>Overdracht van het verzuimsignaal van {name} ({period}) intrekken?</source>
        <translation>Withdraw the handover of the absence signal for {name} ({period})?</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="313"/>
        <source>Naar deelnemer</source>
        <translation>Go to participant</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="320"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="324"/>
        <source>Bezig met laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="326"/>
        <source>(bijwerken…)</source>
        <translation>(updating…)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="331"/>
        <source>De waarschuwingen konden niet worden gelezen: {error}</source>
        <translation>The warnings could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="341"/>
        <source>Iedereen zit op of boven de minimale aanwezigheid van zijn module.</source>
        <translation>Everyone is at or above the minimum attendance of their module.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../bvmdesk/ui/start/window_lock.py" line="85"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/window_lock.py" line="88"/>
        <source>BVM Desk vergrendelen als u de pc verlaat ({key})</source>
        <translation>Lock BVM Desk when you leave the PC ({key})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/window_lock.py" line="172"/>
        <source>Onjuist wachtwoord. Probeer het opnieuw.</source>
        <translation>Incorrect password. Please try again.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="26"/>
        <source>Waarom? Bijvoorbeeld: verkeerde taak aangevinkt</source>
        <translation>Why? For example: wrong task ticked</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="25"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="27"/>
        <source>Geef een reden van minstens {count} tekens; er is niets ingetrokken.</source>
        <translation>Give a reason of at least {count} characters; nothing was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="41"/>
        <source>Aftekening van taak {code} ({description}) voor {name} intrekken? Afgetekend op {date} door {trainer}. De aftekening blijft in de geschiedenis staan, met uw reden; de taak is daarna weer open.</source>
        <translation>Withdraw the sign-off of task {code} ({description}) for {name}? Signed off on {date} by {trainer}. The sign-off stays in the history, with your reason; the task is then open again.</translation>
    </message>
</context>
<context>
    <name>WorkProcessDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="52"/>
        <source>Werkproces toevoegen aan {module}</source>
        <translation>Add work process to {module}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="55"/>
        <source>Werkproces {code} wijzigen</source>
        <translation>Edit work process {code}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="58"/>
        <source>Zoals B1-K1-W1</source>
        <translation>Such as B1-K1-W1</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="60"/>
        <source>De code uit het kwalificatiedossier: B1-K1-W1 (basisdeel) of P1-K1-W1 (profieldeel).</source>
        <translation>The code from the qualification file: B1-K1-W1 (core part) or P1-K1-W1 (profile part).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="64"/>
        <source>Zoals: Bereidt de werkzaamheden voor</source>
        <translation>Such as: Prepares the work</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="68"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="69"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="70"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>WorkProcessList</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="139"/>
        <source>Werkprocessen</source>
        <translation>Work processes</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="141"/>
        <source>dubbelklik om te wijzigen</source>
        <translation>double-click to edit</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="144"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="145"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="148"/>
        <source>Dubbelklik op een werkproces (of Enter) om het te wijzigen.</source>
        <translation>Double-click a work process (or press Enter) to edit it.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="155"/>
        <source>Werkproces toevoegen…</source>
        <translation>Add work process…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="157"/>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="196"/>
        <source>Werkprocessen ({n})</source>
        <translation>Work processes ({n})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="225"/>
        <source>Werkproces {code} is toegevoegd.</source>
        <translation>Work process {code} has been added.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="226"/>
        <source>Werkproces {code} is gewijzigd.</source>
        <translation>Work process {code} has been changed.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="235"/>
        <source>Werkproces {code} archiveren? Het verdwijnt uit de keuzes van beoordelingsformulieren en aftekentaken.</source>
        <translation>Archive work process {code}? It will disappear from the choices in assessment forms and sign-off tasks.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="237"/>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="245"/>
        <source>Werkproces {code} is gearchiveerd.</source>
        <translation>Work process {code} has been archived.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../bvmdesk/ui/workers.py" line="160"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/workers.py" line="166"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="37"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
