<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="67"/>
        <source>Afwezigheid melden</source>
        <translation>Afwezigheid melden</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="83"/>
        <source>&amp;Ziek</source>
        <translation>&amp;Ziek</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="84"/>
        <source>&amp;Geoorloofd afwezig</source>
        <translation>&amp;Geoorloofd afwezig</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="85"/>
        <source>Toets Z</source>
        <translation>Toets Z</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="86"/>
        <source>Toets G</source>
        <translation>Toets G</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="104"/>
        <source>Deze les</source>
        <translation>Deze les</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="105"/>
        <source>Een dag</source>
        <translation>Een dag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="106"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="124"/>
        <source>t/m</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="146"/>
        <source>bijv. &apos;moeder belde om 07:30&apos;</source>
        <translation>bijv. &apos;moeder belde om 07:30&apos;</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="149"/>
        <source>Geen medische details: noteer alleen dát iemand ziek is (AVG).</source>
        <translation>Geen medische details: noteer alleen dát iemand ziek is (AVG).</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="153"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="162"/>
        <source>Deelnemer</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="163"/>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="164"/>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="165"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="226"/>
        <source>Geen lessen in de komende vier weken</source>
        <translation>Geen lessen in de komende vier weken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="227"/>
        <source>Kies eerst een deelnemer</source>
        <translation>Kies eerst een deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="244"/>
        <source>Kies eerst een deelnemer.</source>
        <translation>Kies eerst een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="252"/>
        <source>Kies een les.</source>
        <translation>Kies een les.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/absence.py" line="291"/>
        <source>Er is niets opgeslagen.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="60"/>
        <source>Locaties</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>het beheer van de locaties van de BVM</source>
        <translation type="vanished">het beheer van de locaties van de BVM</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="61"/>
        <source>Gebruikers</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="62"/>
        <source>Leerbedrijven</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <source>het beheer van leerbedrijven met hun SBB leerbedrijf-ID</source>
        <translation type="vanished">het beheer van leerbedrijven met hun SBB leerbedrijf-ID</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="63"/>
        <source>Praktijkopleiders</source>
        <translation>Praktijkopleiders</translation>
    </message>
    <message>
        <source>het beheer van praktijkopleiders per leerbedrijf</source>
        <translation type="vanished">het beheer van praktijkopleiders per leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="64"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>het beheer van modules met uren, werkprocessen en beoordelingsformulieren</source>
        <translation type="vanished">het beheer van modules met uren, werkprocessen en beoordelingsformulieren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="65"/>
        <source>Groepen</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>het beheer van groepen, hun lessen en inschrijvingen</source>
        <translation type="vanished">het beheer van groepen, hun lessen en inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="70"/>
        <source>Vakanties</source>
        <translation>Vakanties</translation>
    </message>
    <message>
        <source>het invoeren van de schoolvakanties per locatie, die niet meetellen voor verzuimsignalen</source>
        <translation type="vanished">het invoeren van de schoolvakanties per locatie, die niet meetellen voor verzuimsignalen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="73"/>
        <source>Importeren</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>het importeren van een Excel-werkmap of CSV-map, helemaal of helemaal niet</source>
        <translation type="vanished">het importeren van een Excel-werkmap of CSV-map, helemaal of helemaal niet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="76"/>
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>het exporteren van alle gegevens als Excel-werkmap of CSV-map</source>
        <translation type="vanished">het exporteren van alle gegevens als Excel-werkmap of CSV-map</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="79"/>
        <source>Back-ups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>het maken, bekijken en terugzetten van back-ups</source>
        <translation type="vanished">het maken, bekijken en terugzetten van back-ups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="83"/>
        <source>Synchronisatie</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>het uitwisselen van gegevens met de andere locaties en de centrale database</source>
        <translation type="vanished">het uitwisselen van gegevens met de andere locaties en de centrale database</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="86"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>het auditlogboek: wie wat wanneer heeft gewijzigd, met controle van de keten</source>
        <translation type="vanished">het auditlogboek: wie wat wanneer heeft gewijzigd, met controle van de keten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="66"/>
        <source>Beoordelingsformulieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="68"/>
        <source>Aftekentaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="69"/>
        <source>Certificaten</source>
        <translation type="unfinished">Certificaten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="71"/>
        <source>Hier voert u straks de schoolvakanties per locatie in; vakantieweken tellen niet mee voor verzuimsignalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="74"/>
        <source>Hier importeert u straks een Excel-werkmap of CSV-map: helemaal of helemaal niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="77"/>
        <source>Hier exporteert u straks alle gegevens als Excel-werkmap of CSV-map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="80"/>
        <source>Hier maakt en bekijkt u straks back-ups, en zet u er een terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="82"/>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="84"/>
        <source>Hier wisselt u straks gegevens uit met de andere locaties en de centrale database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="87"/>
        <source>Hier ziet u straks het auditlogboek: wie wat wanneer heeft gewijzigd, met een controle van de keten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="89"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="111"/>
        <source>Beheer</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="112"/>
        <source>Zoek een onderdeel</source>
        <translation>Zoek een onderdeel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="184"/>
        <source>Een scanlog van een badgezuil (badge;tijdstip per regel) wordt aankomst en vertrek bij de lessen van dat moment.</source>
        <translation>Een scanlog van een badgezuil (badge;tijdstip per regel) wordt aankomst en vertrek bij de lessen van dat moment.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/page.py" line="188"/>
        <source>Scanlog inlezen…</source>
        <translation>Scanlog inlezen…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>De snelle controle van de database vond problemen:
{problems}

Maak geen wijzigingen meer, sluit BVM Desk en laat de beheerder &apos;bvmdesk check&apos; uitvoeren of een back-up terugzetten.</source>
        <translation type="vanished">De snelle controle van de database vond problemen:
{problems}

Maak geen wijzigingen meer, sluit BVM Desk en laat de beheerder &apos;bvmdesk check&apos; uitvoeren of een back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/app.py" line="345"/>
        <source>De back-up bij het afsluiten is mislukt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="71"/>
        <source>Bpv-uren goedkeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="83"/>
        <source>Goedkeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="85"/>
        <source>Goedkeuren (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="87"/>
        <source>Bon afdrukken of opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="90"/>
        <source>Bon openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="93"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="96"/>
        <source>Weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="97"/>
        <source>Datum van goedkeuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="127"/>
        <source>Samen {hours} uur, voor {name} bij {company}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="132"/>
        <source>Een deel van de gekozen weken is intussen gewijzigd; kies de weken opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="146"/>
        <source>Vul de datum in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="163"/>
        <source>Goedgekeurd door {trainer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="169"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="177"/>
        <source>Bon opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="188"/>
        <source>Bon opgeslagen: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/approve_dialog.py" line="192"/>
        <source>De bon kon niet worden gemaakt; de goedkeuring zelf is wel vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForms</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="16"/>
        <source>Bpv-voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="17"/>
        <source>Praktijkopdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="18"/>
        <source>Examenbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="24"/>
        <source>O/V/G (onvoldoende, voldoende, goed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="26"/>
        <source>A/NA (acceptabel, niet acceptabel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="28"/>
        <source>Cijfer (1,0 tot 10,0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_labels.py" line="30"/>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="18"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="19"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentFormsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="66"/>
        <source>Beoordelingsformulieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="69"/>
        <source>Een formulier dat al gebruikt is, verandert nooit: wijzigen maakt een nieuwe versie, en beoordelingen houden de versie waarmee ze gemaakt zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="79"/>
        <source>Zoek op code, naam of module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="82"/>
        <source>Gearchiveerde tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="83"/>
        <source>Nieuw formulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="87"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="102"/>
        <source>Module</source>
        <translation type="unfinished">Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="98"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="99"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="100"/>
        <source> (gearchiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="104"/>
        <source>Soort</source>
        <translation type="unfinished">Soort</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="105"/>
        <source>Schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="106"/>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="108"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="110"/>
        <source>In gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="112"/>
        <source>Formulieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="113"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="343"/>
        <source>Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="114"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="344"/>
        <source>Bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="115"/>
        <source>Kopiëren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="116"/>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="342"/>
        <source>Archiveren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="117"/>
        <source>Lege versie afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="146"/>
        <source>Alleen een beheerder wijzigt formulieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="200"/>
        <source>Alle modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="214"/>
        <source>Geen formulier past bij de zoektekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="217"/>
        <source>Nog geen beoordelingsformulieren. Maak er een met ‘Nieuw formulier’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="236"/>
        <source>Kies eerst een formulier in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="268"/>
        <source>Formulier {code} is teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="271"/>
        <source>Beoordelingsformulier {code} ({name}) archiveren? Het wordt niet meer aangeboden voor nieuwe beoordelingen; bestaande beoordelingen houden het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="274"/>
        <source>Archiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="277"/>
        <source>Formulier {code} is gearchiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="307"/>
        <source>Formulier {code} wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="319"/>
        <source>Leeg formulier opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="320"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="341"/>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="355"/>
        <source>Formulier {code} versie {version} is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="360"/>
        <source>Kopie {code} is gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="382"/>
        <source>Leeg formulier opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_forms.py" line="386"/>
        <source>Het formulier kon niet worden gemaakt; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentProgress</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="26"/>
        <source>Opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="27"/>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="28"/>
        <source>Bpv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="34"/>
        <source>Onvoldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="35"/>
        <source>Voldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="36"/>
        <source>Goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="46"/>
        <source>O = Onvoldoende · V = Voldoende · G = Goed · – = nog geen definitieve beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="53"/>
        <source>{kind} {code}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/progress_cells.py" line="69"/>
        <source>Nog geen definitieve beoordeling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="52"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="53"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="54"/>
        <source>Beoordelingsformulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="56"/>
        <source>Datum</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="57"/>
        <source>Beoordelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="59"/>
        <source>Gewijzigd</source>
        <translation type="unfinished">Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="107"/>
        <source>Beoordelingen</source>
        <translation type="unfinished">Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="108"/>
        <source>Nieuwe beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="109"/>
        <source>Code, deelnemer of scan badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="147"/>
        <source>&amp;Concepten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="218"/>
        <source>U mag geen beoordelingen vastleggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="288"/>
        <source>Onbekende badge: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/page_factory.py" line="43"/>
        <source>&amp;Voortgang per groep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="220"/>
        <source>Presentieoverzicht per groep</source>
        <translation>Presentieoverzicht per groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="221"/>
        <source>Per deelnemer van de groep: geplande, aanwezige, geoorloofd en ongeoorloofd gemiste uren en het aanwezigheidspercentage over de periode.</source>
        <translation>Per deelnemer van de groep: geplande, aanwezige, geoorloofd en ongeoorloofd gemiste uren en het aanwezigheidspercentage over de periode.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="226"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="227"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>AttendanceText</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="28"/>
        <source>{hours} uur {minutes} min</source>
        <translation>{hours} uur {minutes} min</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="31"/>
        <source>{hours} uur</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="32"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="45"/>
        <source>{value} (minimaal {minimum}%)</source>
        <translation>{value} (minimaal {minimum}%)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="68"/>
        <source>{first} t/m {last}</source>
        <translation>{first} t/m {last}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="79"/>
        <source>Geoorloofd</source>
        <translation>Geoorloofd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="94"/>
        <source>les {time}</source>
        <translation>les {time}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="96"/>
        <source>les {label}</source>
        <translation>les {label}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="100"/>
        <source>hele dag</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="105"/>
        <source>t/m {last}</source>
        <translation>t/m {last}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/text.py" line="123"/>
        <source>Gemeld door {user} op {day} {time}</source>
        <translation>Gemeld door {user} op {day} {time}</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="67"/>
        <source>Back-ups</source>
        <translation type="unfinished">Back-ups</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="71"/>
        <source>BVM Desk maakt elke dag en bij het afsluiten een back-up en bewaart de laatste 7 dagen en 4 weken. Elke back-up wordt na het maken gecontroleerd (quick_check en de audit-keten). Bij terugzetten wordt de huidige database eerst apart gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="77"/>
        <source>Deze database staat op een PostgreSQL-server: back-ups maakt u hier met pg_dump, of laat de beheerder van de server ze inplannen. Terugzetten doet de beheerder van de server met pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="83"/>
        <source>Alleen een beheerder kan back-ups maken of terugzetten; u bent ingelogd als {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="95"/>
        <source>Map kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="97"/>
        <source>Bijvoorbeeld een USB-stick. Is die map er later niet, dan gaan de back-ups naar de standaardmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="99"/>
        <source>Standaardmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="110"/>
        <source>Nu back-up maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="114"/>
        <source>Terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="117"/>
        <source>Ander bestand terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="131"/>
        <source>Er zijn nog geen back-ups in deze map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Soort</source>
        <translation type="unfinished">Soort</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="136"/>
        <source>Controle</source>
        <translation type="unfinished">Controle</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="183"/>
        <source>In orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="185"/>
        <source> (let op: {warnings})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="188"/>
        <source>Niet in orde: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="205"/>
        <source>Back-upmap: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="227"/>
        <source>Bezig met de back-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="230"/>
        <source>Back-up gemaakt en gecontroleerd: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="245"/>
        <source>De back-up wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="249"/>
        <source>Deze back-up is niet in orde en wordt niet teruggezet:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="255"/>
        <source>een back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="261"/>
        <source>De back-up van {moment} ({kind}) terugzetten?

De huidige database wordt eerst apart gezet in dezelfde map (…voor-herstel-…). Wat na deze back-up is vastgelegd, staat daarna alleen nog in dat aparte bestand.

BVM Desk sluit het hoofdvenster, zet de back-up terug en vraagt u daarna opnieuw in te loggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="267"/>
        <source>Let op: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="270"/>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="271"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="283"/>
        <source>Back-up kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="284"/>
        <source>SQLite-back-up (*.sqlite);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="299"/>
        <source>De keuze kon niet worden bewaard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="302"/>
        <source>Back-ups gaan voortaan naar {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="307"/>
        <source>Map voor de back-ups kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/backups.py" line="316"/>
        <source>Dat is niet gelukt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/files.py" line="41"/>
        <source>Het PDF-bestand kon niet worden klaargezet ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/files.py" line="47"/>
        <source>Er is geen programma gevonden dat PDF-bestanden opent. Het bestand staat hier: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/files.py" line="63"/>
        <source>Certificaat opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/pdf_pages.py" line="116"/>
        <source>De printer kon niet worden geopend; er is niets afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/pdf_pages.py" line="144"/>
        <source>Certificaten afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="51"/>
        <source>Certificaten</source>
        <translation type="unfinished">Certificaten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="52"/>
        <source>Verifiëren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="53"/>
        <source>Zoek op nummer, naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="66"/>
        <source>Een certificaat controleren: de QR-code scannen of de tekst plakken (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="81"/>
        <source>&amp;Uitgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="84"/>
        <source>U&amp;itgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="89"/>
        <source>&amp;Verlopen binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="248"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="119"/>
        <source>Afgedrukt: {pages} pagina(&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/page.py" line="262"/>
        <source>De certificaten zijn opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="25"/>
        <source>Heeft er al één</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="27"/>
        <source>Ja (toestemming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="29"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="31"/>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="55"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="75"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="56"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="74"/>
        <source>Nummer</source>
        <translation type="unfinished">Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="58"/>
        <source>Mag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="66"/>
        <source>Voorwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="72"/>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="76"/>
        <source>Toch toegestaan door een beheerder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/eligibility_table.py" line="83"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="43"/>
        <source>Certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="68"/>
        <source>Er is geen certificaat uitgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="70"/>
        <source>1 certificaat uitgegeven: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="74"/>
        <source>{count} certificaten uitgegeven: {first} t/m {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="78"/>
        <source>U hebt het uitgeven gestopt; wat is uitgegeven is heel en telt mee, de rest kunt u later uitgeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="84"/>
        <source>{count} overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="95"/>
        <source>Overgeslagen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="113"/>
        <source>Certificaten uitgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="121"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="178"/>
        <source>Afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="125"/>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="128"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="70"/>
        <source>Kies of zoek een groep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="71"/>
        <source>&amp;Groep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="77"/>
        <source>S&amp;oort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="83"/>
        <source>&amp;Taal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="104"/>
        <source>Toch toestaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="107"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="307"/>
        <source>Toestemming intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="112"/>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="115"/>
        <source>Het eerste certificaat van deze reeks bekijken, zonder het uit te geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="121"/>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="329"/>
        <source>Uitgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="32"/>
        <source>minimaal {pct} % aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="35"/>
        <source>geen eis aan aanwezigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="37"/>
        <source>{module} · {module_name} · {kind} ({minimum}). Nu uit te geven: {ready} van {total} deelnemers; al uitgegeven: {has}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="257"/>
        <source>Uitgeven ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="260"/>
        <source>Uitgeven aan de geselecteerde deelnemers die een certificaat mogen krijgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="265"/>
        <source>Uitgeven aan iedereen die een certificaat mag krijgen en er nog geen heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="298"/>
        <source>Niemand in deze selectie kan nu een certificaat krijgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="306"/>
        <source>Voorbeeld: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="307"/>
        <source>Zo ziet het certificaat van {name} eruit. Dit voorbeeld heeft geen nummer en geen geldige QR-code; er is niets uitgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="48"/>
        <source>{count} certificaten uitgeven aan groep {group} ({kind}, {language})? Een uitgegeven certificaat blijft bestaan: een fout herstelt u met Corrigeren of Intrekken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_summary.py" line="55"/>
        <source>1 certificaat uitgeven aan {name} ({kind}, {language})? Een uitgegeven certificaat blijft bestaan: een fout herstelt u met Corrigeren of Intrekken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="327"/>
        <source>Certificaten uitgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="347"/>
        <source>Certificaat {done} van {total} uitgegeven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="352"/>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="369"/>
        <source>Certificaten uitgeven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issue_view.py" line="387"/>
        <source>Het uitgeven is onverwacht gestopt. Wat al is uitgegeven, is heel en staat bij Uitgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="277"/>
        <source>Toch toestaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="278"/>
        <source>{name} voldoet niet aan alle voorwaarden ({summary}). Toch een certificaat toestaan? Uw reden wordt vastgelegd en staat in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="284"/>
        <source>Toestaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="287"/>
        <source>Waarom? Bijvoorbeeld: ziek gemeld, les later ingehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="295"/>
        <source>{name} mag toch een certificaat krijgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="308"/>
        <source>De toestemming voor {name} intrekken? Daarna gelden de voorwaarden weer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="247"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="312"/>
        <source>Intrekken</source>
        <translation type="unfinished">Intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="320"/>
        <source>De toestemming voor {name} is ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="60"/>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="77"/>
        <source>Bezig met afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="67"/>
        <source>Het afdrukken is mislukt; er is niets afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="132"/>
        <source>Certificaat {number} geopend in de PDF-viewer ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="154"/>
        <source>Certificaat {number} opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="167"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="181"/>
        <source>Certificaat {number} is niet meer geldig en kan niet worden gecorrigeerd; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="191"/>
        <source>Certificaat corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="192"/>
        <source>Certificaat {number} van {name} corrigeren? Er komt een nieuw certificaat met de gegevens van vandaag, met een nieuw nummer; {number} wordt daarmee vervangen en geldt niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="198"/>
        <source>Corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="207"/>
        <source>Certificaat {new} vervangt {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="221"/>
        <source>Alleen een beheerder kan een certificaat intrekken; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="230"/>
        <source>Certificaat {number} is al niet meer geldig; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="237"/>
        <source>een certificaat intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="240"/>
        <source>Certificaat intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="241"/>
        <source>Certificaat {number} intrekken? Het is van {name} ({module}). Wie de QR-code controleert, ziet daarna &apos;ingetrokken&apos; met uw reden. Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="250"/>
        <source>Waarom? Bijvoorbeeld: uitgegeven aan de verkeerde deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/actions.py" line="263"/>
        <source>Certificaat {number} is ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="33"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="168"/>
        <source>Geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="34"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="169"/>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="35"/>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="170"/>
        <source>Vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="41"/>
        <source>Bewijs van deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="57"/>
        <source>reden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="61"/>
        <source>vervangen door {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="67"/>
        <source>vervangt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="76"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="77"/>
        <source>Soort</source>
        <translation type="unfinished">Soort</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="79"/>
        <source>Module</source>
        <translation type="unfinished">Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="84"/>
        <source>Groep</source>
        <translation type="unfinished">Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="86"/>
        <source>Uitgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="90"/>
        <source>{date} door {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="103"/>
        <source>Verloopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="107"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="167"/>
        <source>Alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="173"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="181"/>
        <source>Openen</source>
        <translation type="unfinished">Openen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="184"/>
        <source>Openen in de PDF-viewer (Ctrl+O of Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="187"/>
        <source>Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="190"/>
        <source>Corrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="193"/>
        <source>Intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="213"/>
        <source>Nog geen certificaten uitgegeven. Kies het tabblad Uitgeven om te beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="261"/>
        <source>{shown} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="265"/>
        <source>{total} certificaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="306"/>
        <source>Er verlopen geen certificaten in de komende {days} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="310"/>
        <source>1 geldig certificaat verloopt in de komende {days} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="314"/>
        <source>{count} geldige certificaten verlopen in de komende {days} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/issued_view.py" line="318"/>
        <source>Enter opent het certificaat, Ctrl+P drukt het af.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="132"/>
        <source>Certificaten</source>
        <translation type="unfinished">Certificaten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="134"/>
        <source>Wat op elk certificaat van deze locatie staat, naast de deelnemer en de module. Alleen een beheerder kan dit wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="137"/>
        <source>Alleen bekijken: een beheerder wijzigt deze instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="145"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="146"/>
        <source>Naam ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="147"/>
        <source>Functie ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="148"/>
        <source>Contact voor controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="157"/>
        <source>Bedrijfsvakschool …, 038 123 45 67, info@…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="159"/>
        <source>Staat op het certificaat voor wie het controleert: bij wie men terecht kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="160"/>
        <source>het logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="161"/>
        <source>de handtekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="162"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="163"/>
        <source>Handtekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="167"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="180"/>
        <source>Op het certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="254"/>
        <source> Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="259"/>
        <source>Opgeslagen. Nieuwe certificaten gebruiken deze gegevens; uitgegeven certificaten blijven zoals ze zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="268"/>
        <source>Afbeelding gekozen; klik op Opslaan om haar te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="109"/>
        <source>Leerbedrijven</source>
        <translation type="unfinished">Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="110"/>
        <source>De bedrijven waar deelnemers hun praktijk leren (bbl en bpv), met hun leerbedrijf-ID van SBB. Hun praktijkopleiders beheert u onder Praktijkopleiders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="114"/>
        <source>leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="115"/>
        <source>leerbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="116"/>
        <source>Nieuw leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="119"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="121"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="123"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="124"/>
        <source>Opleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="128"/>
        <source>Leerbedrijf {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="51"/>
        <source>8 cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="54"/>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="63"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="55"/>
        <source>Een korte code, zoals ACME; zo heet het leerbedrijf in de Excel-werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="57"/>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="63"/>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="67"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="58"/>
        <source>Leerbedrijf-ID (SBB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="59"/>
        <source>Het leerbedrijf-ID uit het register van SBB: 8 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="60"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="61"/>
        <source>Praktijkopleiders</source>
        <translation type="unfinished">Praktijkopleiders</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="64"/>
        <source>E-mail of telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="65"/>
        <source>Deelnemers bij dit leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="67"/>
        <source>Nummer</source>
        <translation type="unfinished">Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="68"/>
        <source>Doelgroep</source>
        <translation type="unfinished">Doelgroep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="72"/>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="96"/>
        <source>Praktijkopleiders ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/companies.py" line="97"/>
        <source>Deelnemers bij dit leerbedrijf ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTrainer</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="64"/>
        <source>Eigen leerbedrijf van de deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="67"/>
        <source>Geen leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="102"/>
        <source>Geen praktijkopleider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyFormDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="32"/>
        <source>Formulier {code} kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="34"/>
        <source>De kopie krijgt dezelfde instellingen en criteria als {code} (versie {version}) en begint bij versie 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="40"/>
        <source>{name} (kopie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="45"/>
        <source>Nieuwe &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="45"/>
        <source>Nieuwe &amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="50"/>
        <source>Kopiëren</source>
        <translation type="unfinished">Kopiëren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_copy.py" line="81"/>
        <source>Niet gekopieerd: verbeter wat in rood staat. Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="90"/>
        <source>Beoordeling {code} corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="93"/>
        <source>Een correctie maakt versie {next} van {code}: een concept met dezelfde scores dat u aanpast en opnieuw definitief maakt. Versie {version} blijft bewaard. Waarom wordt deze beoordeling gecorrigeerd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="101"/>
        <source>Bijvoorbeeld: verkeerd criterium beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="102"/>
        <source>Corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="233"/>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BVM Desk is op een onverwachte fout gestuit ({kind}). Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</source>
        <translation type="vanished">BVM Desk is op een onverwachte fout gestuit ({kind}). Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/crash.py" line="18"/>
        <source>BVM Desk is op een onverwachte fout gestuit. Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/crash.py" line="42"/>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/crash.py" line="44"/>
        <source>Doorgaan</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>CriteriaTable</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="53"/>
        <source>Werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="53"/>
        <source>Naam werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="53"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="54"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="54"/>
        <source>Kritisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="54"/>
        <source>Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_criteria.py" line="241"/>
        <source>Een kritisch criterium dat onvoldoende is, maakt het werkproces onvoldoende (spatie: aan of uit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../bvmdesk/ui/common/date_input.py" line="47"/>
        <source>Typ een datum (3-12-2026 of 2026-12-03) of kies er een met de knop; Alt+↓ opent de kalender, ↑ en ↓ gaan een dag verder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/date_input.py" line="56"/>
        <source>Kalender (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoAccountsDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="45"/>
        <source>BVM Desk: demo-accounts</source>
        <translation>BVM Desk: demo-accounts</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="46"/>
        <source>De demodatabase is klaar</source>
        <translation>De demodatabase is klaar</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="49"/>
        <source>Log in met een van deze accounts. Ze horen alleen bij de demodatabase; selecteer een regel en kopieer hem met Ctrl+C als u wilt.</source>
        <translation>Log in met een van deze accounts. Ze horen alleen bij de demodatabase; selecteer een regel en kopieer hem met Ctrl+C als u wilt.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="54"/>
        <source>Gebruikersnaam</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="54"/>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="54"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="62"/>
        <source>beheerder</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="62"/>
        <source>instructeur</source>
        <translation>instructeur</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="69"/>
        <source>Naar inloggen</source>
        <translation>Naar inloggen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="81"/>
        <source>Aftekenen proberen: praktijkopleider {name} heeft pincode 12345; de andere kiezen hun pincode bij hun eerste aftekening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="147"/>
        <source>De demodatabase wordt gemaakt…</source>
        <translation>De demodatabase wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="171"/>
        <source>De demodatabase bestaat al. Openen zoals hij is, of opnieuw maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe demo-accounts.</source>
        <translation>De demodatabase bestaat al. Openen zoals hij is, of opnieuw maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe demo-accounts.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="175"/>
        <source>Openen</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="177"/>
        <source>Opnieuw maken</source>
        <translation>Opnieuw maken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/demo.py" line="179"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="187"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="69"/>
        <source>Concepten om af te maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="88"/>
        <source>{count} concept(en), het oudste bovenaan. Enter of dubbelklik opent er een; een badge scannen begint een nieuwe beoordeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/page.py" line="93"/>
        <source>Er zijn geen concepten. Kies &apos;Nieuwe beoordeling&apos; of scan een badge om te beginnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="126"/>
        <source>Deelnemers toevoegen aan {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="130"/>
        <source>Zoek op naam of nummer, of scan een badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="133"/>
        <source>Toevoegen aan de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="134"/>
        <source>De gekozen deelnemer in de lijst hieronder zetten (Enter in het zoekveld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="143"/>
        <source>Uit de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="152"/>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="153"/>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="154"/>
        <source>Leerbedrijf</source>
        <translation type="unfinished">Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="155"/>
        <source>Praktijkopleider</source>
        <translation type="unfinished">Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="156"/>
        <source>Inschrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="206"/>
        <source>Gekozen deelnemers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="219"/>
        <source>Kies eerst een of meer deelnemers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="225"/>
        <source>Vul de startdatum in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="245"/>
        <source>Inschrijving van {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="253"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="254"/>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="255"/>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="256"/>
        <source>Leerbedrijf</source>
        <translation type="unfinished">Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="257"/>
        <source>Praktijkopleider</source>
        <translation type="unfinished">Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="258"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/enrol_dialog.py" line="275"/>
        <source>Vul de startdatum in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="38"/>
        <source>actief</source>
        <translation type="unfinished">actief</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="40"/>
        <source>afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="42"/>
        <source>gestopt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="30"/>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="63"/>
        <source>Inschrijvingen</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="32"/>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="73"/>
        <source>Geen inschrijvingen.</source>
        <translation>Geen inschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Locatie</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="36"/>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="37"/>
        <source>Tot</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="37"/>
        <source>Leerbedrijf</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="38"/>
        <source>Praktijkopleider</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="62"/>
        <source>Inschrijvingen van {name}</source>
        <translation>Inschrijvingen van {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/enrolments.py" line="74"/>
        <source>Kies een deelnemer om de inschrijvingen te zien.</source>
        <translation>Kies een deelnemer om de inschrijvingen te zien.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/evidence.py" line="30"/>
        <source>BVM Desk: foto van de aftekenkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/evidence.py" line="48"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/evidence.py" line="68"/>
        <source>De foto kan niet worden getoond (geen leesbare afbeelding).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="60"/>
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="63"/>
        <source>Schrijft alle gegevens in het uitwisselformaat: een Excel-werkmap met tien bladen, of een map met tien CSV-bestanden (UTF-8, puntkomma). Zo&apos;n export kan later weer worden geïmporteerd, hier of in een andere BVM Desk.</source>
        <translation>Schrijft alle gegevens in het uitwisselformaat: een Excel-werkmap met tien bladen, of een map met tien CSV-bestanden (UTF-8, puntkomma). Zo&apos;n export kan later weer worden geïmporteerd, hier of in een andere BVM Desk.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="68"/>
        <source>Alleen een beheerder kan gegevens exporteren; u bent ingelogd als {name} ({role}).</source>
        <translation>Alleen een beheerder kan gegevens exporteren; u bent ingelogd als {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="73"/>
        <source>Als Excel-werkmap opslaan…</source>
        <translation>Als Excel-werkmap opslaan…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="75"/>
        <source>Als CSV-map opslaan…</source>
        <translation>Als CSV-map opslaan…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="76"/>
        <source>Leeg sjabloon opslaan…</source>
        <translation>Leeg sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="78"/>
        <source>Een lege werkmap met alle bladen, kolomkoppen, een toelichting en keuzelijsten</source>
        <translation>Een lege werkmap met alle bladen, kolomkoppen, een toelichting en keuzelijsten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="96"/>
        <source>Blad</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="96"/>
        <source>Rijen</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="132"/>
        <source>Bezig met exporteren naar {name}…</source>
        <translation>Bezig met exporteren naar {name}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="149"/>
        <source>Excel-werkmap</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="150"/>
        <source>CSV-map</source>
        <translation>CSV-map</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="151"/>
        <source>1 rij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="152"/>
        <source>{count} rijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="153"/>
        <source>Klaar: alle gegevens ({rows}) staan in de {what} {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: alle gegevens ({rows} rijen) staan in de {what} {path}</source>
        <translation type="vanished">Klaar: alle gegevens ({rows} rijen) staan in de {what} {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="169"/>
        <source>Geannuleerd: er is niets geschreven.</source>
        <translation>Geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="172"/>
        <source>Het lege sjabloon staat in {path}. Vul het in Excel in en importeer het via Beheer → Importeren.</source>
        <translation>Het lege sjabloon staat in {path}. Vul het in Excel in en importeer het via Beheer → Importeren.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="177"/>
        <source>Er is niets geschreven.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="188"/>
        <source>Excel-werkmap opslaan</source>
        <translation>Excel-werkmap opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="189"/>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="205"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="197"/>
        <source>Map voor de CSV-bestanden kiezen</source>
        <translation>Map voor de CSV-bestanden kiezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/export_page.py" line="204"/>
        <source>Leeg sjabloon opslaan</source>
        <translation>Leeg sjabloon opslaan</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../bvmdesk/ui/common/file_dialogs.py" line="34"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/file_dialogs.py" line="36"/>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="49"/>
        <source>Beoordeling {code} definitief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="54"/>
        <source>Dit is de uitkomst van de beoordeling van {name} op {form}. Na &apos;Definitief maken&apos; kan niets meer worden gewijzigd; een fout herstelt u met Corrigeren (een nieuwe versie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="72"/>
        <source>Geslaagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="72"/>
        <source>Niet geslaagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="73"/>
        <source>elk werkproces is minstens voldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="74"/>
        <source>niet elk werkproces is voldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="78"/>
        <source>Definitief maken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="47"/>
        <source>BVM Desk: eerste start</source>
        <translation>BVM Desk: eerste start</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="49"/>
        <source>Welkom bij BVM Desk</source>
        <translation>Welkom bij BVM Desk</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="52"/>
        <source>De database {database} is nog niet ingericht. Richt hem in voor uw locatie, of bekijk eerst de demodatabase met verzonnen gegevens.</source>
        <translation>De database {database} is nog niet ingericht. Richt hem in voor uw locatie, of bekijk eerst de demodatabase met verzonnen gegevens.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="58"/>
        <source>bijvoorbeeld ZWL</source>
        <translation>bijvoorbeeld ZWL</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="61"/>
        <source>bijvoorbeeld Zwolle</source>
        <translation>bijvoorbeeld Zwolle</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="63"/>
        <source>bijvoorbeeld pbakker</source>
        <translation>bijvoorbeeld pbakker</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="65"/>
        <source>bijvoorbeeld Petra Bakker</source>
        <translation>bijvoorbeeld Petra Bakker</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="68"/>
        <source>minstens 10 tekens</source>
        <translation>minstens 10 tekens</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="82"/>
        <source>Locatiecode</source>
        <translation>Locatiecode</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="83"/>
        <source>Naam van de locatie</source>
        <translation>Naam van de locatie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="84"/>
        <source>Gebruikersnaam beheerder</source>
        <translation>Gebruikersnaam beheerder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="85"/>
        <source>Volledige naam</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="86"/>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="87"/>
        <source>Wachtwoord herhalen</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="95"/>
        <source>Locatie inrichten</source>
        <translation>Locatie inrichten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="100"/>
        <source>Deze locatie inrichten</source>
        <translation>Deze locatie inrichten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="105"/>
        <source>Voor het echte werk: de code en naam van deze locatie en de eerste beheerder.</source>
        <translation>Voor het echte werk: de code en naam van deze locatie en de eerste beheerder.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="112"/>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="121"/>
        <source>Demodatabase openen</source>
        <translation>Demodatabase openen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="117"/>
        <source>Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts te zien om mee in te loggen.</source>
        <translation>Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts te zien om mee in te loggen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="127"/>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/first_start.py" line="201"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>FormEditorDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="75"/>
        <source>Bijvoorbeeld: LAS-135-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="86"/>
        <source>Kies of typ een modulecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="95"/>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="397"/>
        <source>standaard {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="104"/>
        <source>Verplicht: telt mee voor het certificaat van de module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="106"/>
        <source>Toelichting verplicht bij O, G en NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="120"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="120"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="121"/>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="121"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="122"/>
        <source>Sc&amp;haal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="122"/>
        <source>C&amp;esuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="143"/>
        <source>Criteria per werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="147"/>
        <source>Criterium toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="148"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="149"/>
        <source>Werkproces toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="150"/>
        <source>Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="151"/>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="152"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="153"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="161"/>
        <source>Enter: cel wijzigen · Ctrl+N: nieuw criterium · Delete: regel weg · spatie: kritisch aan of uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="165"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="212"/>
        <source>Nieuw beoordelingsformulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="214"/>
        <source>Beoordelingsformulier {code} (versie {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="216"/>
        <source>Beoordelingsformulier {code} wijzigen (versie {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="228"/>
        <source>De code van een formulier ligt vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="245"/>
        <source>Dit formulier is al gebruikt; opslaan maakt versie {next}. Beoordelingen houden hun versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="260"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="320"/>
        <source>Schrijf een getal, bijvoorbeeld {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="359"/>
        <source>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</source>
        <translation type="unfinished">Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="361"/>
        <source>Niet opgeslagen: verbeter wat in rood staat. {problems} Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="364"/>
        <source>Niet opgeslagen: {problems} Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="393"/>
        <source>geen: elk criterium moet A zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="399"/>
        <source>% van het gewicht V of G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_editor.py" line="401"/>
        <source>laagste voldoende cijfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFoot</name>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="211"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="213"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished">Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="215"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/widgets.py" line="216"/>
        <source>De wijzigingen weggooien (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormVersionsCard</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="27"/>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="29"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="30"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="31"/>
        <source>In gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="33"/>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="45"/>
        <source>Versies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="34"/>
        <source>Bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="35"/>
        <source>Deze versie afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="44"/>
        <source>Versies van {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/assessment_form_versions.py" line="50"/>
        <source>Kies een formulier om zijn versies te zien.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundersForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="270"/>
        <source>Uren per financier</source>
        <translation>Uren per financier</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="271"/>
        <source>Per financier en per maand: het aantal deelnemers en hun aanwezige uren.</source>
        <translation>Per financier en per maand: het aantal deelnemers en hun aanwezige uren.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="274"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>GroupEnrolments</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="37"/>
        <source>{name} ({number}); leerbedrijf: {company}; praktijkopleider: {trainer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="42"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="43"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="46"/>
        <source>Einde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="74"/>
        <source>Inschrijvingen</source>
        <translation type="unfinished">Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="83"/>
        <source>Deelnemers toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="84"/>
        <source>Een of meer deelnemers in deze groep inschrijven (zoeken of badge scannen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="87"/>
        <source>Status wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="88"/>
        <source>Actief, afgerond of gestopt met een datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="90"/>
        <source>Naar andere groep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="91"/>
        <source>Stopt de inschrijving hier en begint er een in een andere groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="132"/>
        <source>Inschrijvingen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="172"/>
        <source>1 deelnemer ingeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="173"/>
        <source>{n} deelnemers ingeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="182"/>
        <source>Status van {name} gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="196"/>
        <source>Er is geen andere groep om naar te verplaatsen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="202"/>
        <source>{name} is verplaatst naar {group}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/group_enrolments.py" line="212"/>
        <source>Inschrijving van {name} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="88"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="89"/>
        <source>Een korte code, zoals LAS-ZWL-1; zo heet de groep in de Excel-werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="91"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="92"/>
        <source>Module</source>
        <translation type="unfinished">Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="93"/>
        <source>Locatie</source>
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="94"/>
        <source>Instructeur</source>
        <translation type="unfinished">Instructeur</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="95"/>
        <source>De vaste instructeur van de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="96"/>
        <source>Ook instructeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="97"/>
        <source>Vink aan wie ook les geeft in deze groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="98"/>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="99"/>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="100"/>
        <source>Niet verplicht</source>
        <translation type="unfinished">Niet verplicht</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="108"/>
        <source>Lessen plannen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="109"/>
        <source>De lessen van deze groep plannen, laten vervallen of een instructeur geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="114"/>
        <source>Inschrijvingen</source>
        <translation type="unfinished">Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="130"/>
        <source>Kies een module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="131"/>
        <source>Kies een locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="138"/>
        <source>Nog geen instructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="223"/>
        <source>Lessen van {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="227"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
</context>
<context>
    <name>GroupProgressModel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="106"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="108"/>
        <source>Nummer</source>
        <translation type="unfinished">Nummer</translation>
    </message>
</context>
<context>
    <name>GroupProgressView</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="138"/>
        <source>&amp;Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="141"/>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="145"/>
        <source>Opdrachten, examens en bpv-voortgang staan apart; kies er één om alleen die te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="148"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="190"/>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="257"/>
        <source>Kies een groep om de voortgang per werkproces te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="213"/>
        <source>Kies een groep…</source>
        <translation type="unfinished">Kies een groep…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="270"/>
        <source>1 deelnemer</source>
        <translation type="unfinished">1 deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="271"/>
        <source>{count} deelnemers</source>
        <translation type="unfinished">{count} deelnemers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="273"/>
        <source>In deze groep is niemand ingeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/group_progress.py" line="275"/>
        <source>De module van deze groep heeft nog geen werkprocessen; maak eerst een beoordelingsformulier voor de module.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSignOffModel</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="108"/>
        <source>{name} ({number}) · {company} · {trainer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="120"/>
        <source>Bpv-uren: {approved} goedgekeurd van {entered} ingevoerd; norm {norm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="125"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="140"/>
        <source>○ open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="143"/>
        <source>{code} afgetekend op {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="145"/>
        <source>{code} (verplicht): nog niet afgetekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="147"/>
        <source>{code}: nog niet afgetekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="166"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="166"/>
        <source>Verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="166"/>
        <source>Bpv-uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="171"/>
        <source>Goedgekeurde bpv-uren / norm per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="177"/>
        <source>verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="177"/>
        <source>niet verplicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSignOffView</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="61"/>
        <source>{signed} van {total} verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="206"/>
        <source>&amp;Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="217"/>
        <source>Aftekenkaarten van de groep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="220"/>
        <source>Eén PDF met de aftekenkaart van iedereen in de groep die een leerbedrijf en praktijkopleider heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="251"/>
        <source>* = verplicht · ○ open = verplichte taak nog niet afgetekend · – = niet verplicht, nog niet afgetekend · een datum = afgetekend op die dag. Dubbelklik of Enter opent de deelnemer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="263"/>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="335"/>
        <source>Kies een groep om de aftekeningen per deelnemer te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="285"/>
        <source>Kies een groep…</source>
        <translation type="unfinished">Kies een groep…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="292"/>
        <source>Geen groep heeft een module met aftekentaken; leg taken vast onder Beheer &gt; Aftekentaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="346"/>
        <source>1 deelnemer</source>
        <translation type="unfinished">1 deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="347"/>
        <source>{count} deelnemers</source>
        <translation type="unfinished">{count} deelnemers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="349"/>
        <source>Niemand in deze groep heeft een leerbedrijf met een praktijkopleider; vul die in bij Deelnemers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/group_overview.py" line="352"/>
        <source>De module van deze groep heeft geen aftekentaken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="244"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="246"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="248"/>
        <source>{name} (module {module})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="250"/>
        <source>Loc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="251"/>
        <source>Locatie {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="253"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="256"/>
        <source>Deeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="258"/>
        <source>{n} actieve inschrijvingen; {lessons} lessen gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="275"/>
        <source>Groepen</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="276"/>
        <source>Een groep volgt één module op één locatie, met een of meer instructeurs. Op het tabblad Inschrijvingen schrijft u deelnemers in, wijzigt u hun status en plant u de lessen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="280"/>
        <source>groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="281"/>
        <source>groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="282"/>
        <source>Nieuwe groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/groups.py" line="286"/>
        <source>Groep {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="44"/>
        <source>Verzuimsignaal overgedragen aan school</source>
        <translation>Verzuimsignaal overgedragen aan school</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="47"/>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="53"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="54"/>
        <source>Ongeoorloofd</source>
        <translation>Ongeoorloofd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="56"/>
        <source>Geboortedatum</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="58"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="69"/>
        <source>Lessen die meetellen ({count})</source>
        <translation>Lessen die meetellen ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="84"/>
        <source>bijv. &apos;gemaild aan de verzuimcoördinator&apos;</source>
        <translation>bijv. &apos;gemaild aan de verzuimcoördinator&apos;</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="90"/>
        <source>Overgedragen op</source>
        <translation>Overgedragen op</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="91"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="99"/>
        <source>Overdracht vastleggen</source>
        <translation>Overdracht vastleggen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/handover.py" line="120"/>
        <source>{hours} (grens: {limit} in {weeks} schoolweken)</source>
        <translation>{hours} (grens: {limit} in {weeks} schoolweken)</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="47"/>
        <source>Vakanties</source>
        <translation>Vakanties</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="50"/>
        <source>Een week die helemaal in een vakantie van de locatie valt, is geen schoolweek: die telt niet mee voor verzuimsignalen, en een weekpatroon plant er geen lessen.</source>
        <translation>Een week die helemaal in een vakantie van de locatie valt, is geen schoolweek: die telt niet mee voor verzuimsignalen, en een weekpatroon plant er geen lessen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="58"/>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="63"/>
        <source>Locatie</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="63"/>
        <source>Eerste dag</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="64"/>
        <source>Laatste dag</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="64"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="79"/>
        <source>Bijvoorbeeld: Herfstvakantie</source>
        <translation>Bijvoorbeeld: Herfstvakantie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="83"/>
        <source>Toevoegen</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="55"/>
        <source>Verwijderen…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="88"/>
        <source>t/m</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="134"/>
        <source>Alle locaties</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="161"/>
        <source>Vakantie verwijderen</source>
        <translation>Vakantie verwijderen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="182"/>
        <source>Vakantie {first} t/m {last} toegevoegd.</source>
        <translation>Vakantie {first} t/m {last} toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="188"/>
        <source>Kies eerst een vakantie in de lijst.</source>
        <translation>Kies eerst een vakantie in de lijst.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="191"/>
        <source>vakantie</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="192"/>
        <source>{name} ({site}, {first} t/m {last}) verwijderen?</source>
        <translation>{name} ({site}, {first} t/m {last}) verwijderen?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/holidays.py" line="202"/>
        <source>{name} verwijderd.</source>
        <translation>{name} verwijderd.</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="239"/>
        <source>Urenverantwoording</source>
        <translation>Urenverantwoording</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="240"/>
        <source>Alle lessen van één deelnemer in de periode, dag voor dag met de gevolgde uren: voor de financier (UWV, gemeente) of de school.</source>
        <translation>Alle lessen van één deelnemer in de periode, dag voor dag met de gevolgde uren: voor de financier (UWV, gemeente) of de school.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="247"/>
        <source>Deelnemer</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="248"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="253"/>
        <source>Kies een deelnemer: zoek op naam of nummer, of scan de badge.</source>
        <translation>Kies een deelnemer: zoek op naam of nummer, of scan de badge.</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="117"/>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="277"/>
        <source>Geschiedenis</source>
        <translation type="unfinished">Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="127"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="128"/>
        <source>Alle gewijzigde weken opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="131"/>
        <source>Laten goedkeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="134"/>
        <source>De gekozen weken laten goedkeuren door de praktijkopleider (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="136"/>
        <source>Goedkeuring intrekken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="138"/>
        <source>De goedkeuring van de gekozen week intrekken, met een reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="187"/>
        <source>Bpv-uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="188"/>
        <source>Kies een inschrijving om de bpv-uren te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="195"/>
        <source>Bpv-uren van {name} · {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="200"/>
        <source>Deze inschrijving heeft geen leerbedrijf: uren invoeren kan pas als het leerbedrijf is ingevuld (Deelnemers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="204"/>
        <source>Typ de uren van een week (7,5 of 7:30) en druk op Enter; Ctrl+S slaat alle gewijzigde weken op. Kies weken en druk op Ctrl+G om ze te laten goedkeuren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="208"/>
        <source>Alleen instructeurs en beheerders voeren bpv-uren in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="227"/>
        <source>%p% goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="231"/>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="222"/>
        <source>Norm onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="280"/>
        <source>Geschiedenis van {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="313"/>
        <source>Verbeter eerst de uren in rood; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="316"/>
        <source>Er zijn geen gewijzigde weken om op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="328"/>
        <source>1 week opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="329"/>
        <source>{count} weken opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="331"/>
        <source>Niet opgeslagen (in rood): {weeks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="360"/>
        <source>Sla eerst de gewijzigde uren op (Ctrl+S): {weeks}; er is niets goedgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="365"/>
        <source>Er is niets om te laten goedkeuren: kies weken met uren die nog niet zijn goedgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours.py" line="369"/>
        <source>{count} gekozen weken overgeslagen: al goedgekeurd of zonder uren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="158"/>
        <source>Niet opgeslagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="159"/>
        <source>Gewijzigd, nog niet opgeslagen (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="164"/>
        <source>Goedgekeurd {day} · {trainer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="167"/>
        <source>Goedkeuring vervallen door wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="169"/>
        <source>Goedkeuring ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="171"/>
        <source>Geen uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="172"/>
        <source>Niet goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="185"/>
        <source>op papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="186"/>
        <source>op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="188"/>
        <source>Goedkeuring ingetrokken op {day} door {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="191"/>
        <source>Goedgekeurd door {trainer} op {day} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="194"/>
        <source> — ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="198"/>
        <source> — vervallen door wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="205"/>
        <source>{week}: nog geen uren ingevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="209"/>
        <source>{hours} uur ingevoerd door {user} op {day} om {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="214"/>
        <source> (vervangen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="223"/>
        <source>Norm {hours} per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_rows.py" line="224"/>
        <source>Ingevoerd {entered} · Goedgekeurd {approved} · {norm}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Van-tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="89"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="90"/>
        <source>Ingevoerd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/hours_model.py" line="109"/>
        <source>; bij opslaan vervalt de goedkeuring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="65"/>
        <source>Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="66"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="83"/>
        <source>geen afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="97"/>
        <source>Kan {file} niet lezen: {reason}. Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="101"/>
        <source>Het bestand {file} is geen afbeelding (PNG of JPEG) en is niet gebruikt voor {what}. Kies een ander bestand; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="110"/>
        <source>Afbeelding kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates.py" line="111"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="50"/>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="118"/>
        <source>Blad</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="51"/>
        <source>Rij</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="52"/>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="53"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="119"/>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="120"/>
        <source>Gewijzigd</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="121"/>
        <source>Ongewijzigd</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_results.py" line="131"/>
        <source>Totaal</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="54"/>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="151"/>
        <source>Importeren</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="58"/>
        <source>Alleen een beheerder kan gegevens importeren; u bent ingelogd als {name} ({role}).</source>
        <translation>Alleen een beheerder kan gegevens importeren; u bent ingelogd als {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="88"/>
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="89"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="90"/>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="162"/>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="92"/>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="94"/>
        <source>Schrijft alles in één keer weg (Alt+B)</source>
        <translation>Schrijft alles in één keer weg (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="218"/>
        <source>importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie en Vakanties, met vaste kolomkoppen; een bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles gecontroleerd; er verandert pas iets als u op Bevestigen klikt.</source>
        <translation type="vanished">Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie en Vakanties, met vaste kolomkoppen; een bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles gecontroleerd; er verandert pas iets als u op Bevestigen klikt.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="40"/>
        <source>Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, Inschrijvingen, Lessen, Presentie, Vakanties, Beoordelingsformulieren, Criteria, Beoordelingen, Scores, Aftekentaken, Aftekeningen en Bpv-uren, met vaste kolomkoppen; een bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles gecontroleerd; er verandert pas iets als u op Bevestigen klikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="49"/>
        <source>Tip: begin met een leeg sjabloon (Beheer → Exporteren → Leeg sjabloon opslaan…). Dat bevat de kolomkoppen, een toelichting en keuzelijsten.</source>
        <translation>Tip: begin met een leeg sjabloon (Beheer → Exporteren → Leeg sjabloon opslaan…). Dat bevat de kolomkoppen, een toelichting en keuzelijsten.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="53"/>
        <source>Excel-werkmap kiezen…</source>
        <translation>Excel-werkmap kiezen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="55"/>
        <source>CSV-map kiezen…</source>
        <translation>CSV-map kiezen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="66"/>
        <source>Nog geen bestand of map gekozen</source>
        <translation>Nog geen bestand of map gekozen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="76"/>
        <source>Gekozen:</source>
        <translation>Gekozen:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="89"/>
        <source>Kopiëren</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="90"/>
        <source>Zet alle fouten op het klembord (Ctrl+C)</source>
        <translation>Zet alle fouten op het klembord (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="94"/>
        <source>Klik op een kolomkop om te sorteren. Kopiëren (of Ctrl+C) zet de hele lijst op het klembord, om in Excel of een e-mail te plakken.</source>
        <translation>Klik op een kolomkop om te sorteren. Kopiëren (of Ctrl+C) zet de hele lijst op het klembord, om in Excel of een e-mail te plakken.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="113"/>
        <source>Er is nog niets gewijzigd. Bevestigen schrijft alles in één keer weg; wordt het importeren geannuleerd of lukt het niet, dan blijft alles zoals het was.</source>
        <translation>Er is nog niets gewijzigd. Bevestigen schrijft alles in één keer weg; wordt het importeren geannuleerd of lukt het niet, dan blijft alles zoals het was.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="192"/>
        <source>Het bestand is nog steeds gecontroleerd: met Terug ziet u weer wat er geïmporteerd wordt en kunt u opnieuw bevestigen. Annuleren begint opnieuw.</source>
        <translation>Het bestand is nog steeds gecontroleerd: met Terug ziet u weer wat er geïmporteerd wordt en kunt u opnieuw bevestigen. Annuleren begint opnieuw.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="224"/>
        <source>Het auditlogboek heeft deze import vastgelegd: wie, wanneer, welk bestand en de aantallen hierboven (Beheer → Audit).</source>
        <translation>Het auditlogboek heeft deze import vastgelegd: wie, wanneer, welk bestand en de aantallen hierboven (Beheer → Audit).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="151"/>
        <source>Bestand kiezen</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="151"/>
        <source>Controle</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="152"/>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="161"/>
        <source>Nog een bestand importeren</source>
        <translation>Nog een bestand importeren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="135"/>
        <source>Het bestand kon niet worden geïmporteerd: 1 fout. Bekijk de lijst hieronder; er is niets gewijzigd.</source>
        <translation>Het bestand kon niet worden geïmporteerd: 1 fout. Bekijk de lijst hieronder; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="139"/>
        <source>Het bestand kon niet worden geïmporteerd: {count} fouten. Bekijk de lijst hieronder; er is niets gewijzigd.</source>
        <translation>Het bestand kon niet worden geïmporteerd: {count} fouten. Bekijk de lijst hieronder; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="150"/>
        <source>{label} is in orde. Dit wordt er geïmporteerd:</source>
        <translation>{label} is in orde. Dit wordt er geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="174"/>
        <source>{sheet}, rij {row}, kolom {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="177"/>
        <source>{sheet}, rij {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="192"/>
        <source>{name} wordt gecontroleerd…</source>
        <translation>{name} wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="204"/>
        <source>Het bestand kon niet worden gecontroleerd: {reason} Er is niets gewijzigd.</source>
        <translation>Het bestand kon niet worden gecontroleerd: {reason} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="206"/>
        <source>er ging iets onverwachts mis; de details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="210"/>
        <source>Controle geannuleerd; er is niets gewijzigd.</source>
        <translation>Controle geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="204"/>
        <source>Bezig met importeren van {label}…</source>
        <translation>Bezig met importeren van {label}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="230"/>
        <source>Bezig met importeren…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="235"/>
        <source>1 rij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="236"/>
        <source>{count} rijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_pages.py" line="238"/>
        <source>Klaar: {label} is geïmporteerd ({rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: {label} is geïmporteerd ({rows} rijen).</source>
        <translation type="vanished">Klaar: {label} is geïmporteerd ({rows} rijen).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="250"/>
        <source>Het importeren is mislukt; er is niets gewijzigd.</source>
        <translation>Het importeren is mislukt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="253"/>
        <source>Geannuleerd: er is niets gewijzigd.</source>
        <translation>Geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="262"/>
        <source>Excel-werkmap kiezen</source>
        <translation>Excel-werkmap kiezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="263"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/import_wizard.py" line="270"/>
        <source>Map met CSV-bestanden kiezen</source>
        <translation>Map met CSV-bestanden kiezen</translation>
    </message>
</context>
<context>
    <name>LessonPicker</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="63"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="64"/>
        <source>Les</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="65"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="80"/>
        <source>Kies een groep…</source>
        <translation>Kies een groep…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="106"/>
        <source>Geen lessen op deze dag</source>
        <translation>Geen lessen op deze dag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="116"/>
        <source>Geen lessen op {date}. Kies een datum of groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="119"/>
        <source>Vandaag geen lessen in {site}. Kies een datum of groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="121"/>
        <source>Geen lessen in {site} op {date}. Kies een datum of groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="155"/>
        <source>Deze groep heeft nog geen lessen.</source>
        <translation>Deze groep heeft nog geen lessen.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lesson_picker.py" line="25"/>
        <source>(vervallen)</source>
        <translation>(vervallen)</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="71"/>
        <source>Groepen en lessen</source>
        <translation>Groepen en lessen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="78"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="82"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="82"/>
        <source>Tijd</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="83"/>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="98"/>
        <source>Instructeur</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="83"/>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="95"/>
        <source>Toewijzen aan gekozen les</source>
        <translation>Toewijzen aan gekozen les</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="96"/>
        <source>Les laten vervallen…</source>
        <translation>Les laten vervallen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="109"/>
        <source>Weekpatroon maken</source>
        <translation>Weekpatroon maken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="113"/>
        <source>Onderwerp (niet verplicht)</source>
        <translation>Onderwerp (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="117"/>
        <source>Les toevoegen</source>
        <translation>Les toevoegen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="118"/>
        <source>Lessen plannen (slaat vakanties en feestdagen over)</source>
        <translation>Lessen plannen (slaat vakanties en feestdagen over)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="125"/>
        <source>Weekdagen</source>
        <translation>Weekdagen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="127"/>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="129"/>
        <source>tot</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="131"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="134"/>
        <source>tot en met</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="141"/>
        <source>Losse les</source>
        <translation>Losse les</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="150"/>
        <source>Alleen beheerders plannen lessen.</source>
        <translation>Alleen beheerders plannen lessen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="188"/>
        <source>Geen instructeur</source>
        <translation>Geen instructeur</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="227"/>
        <source>vervallen: {reason}</source>
        <translation>vervallen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="228"/>
        <source>gepland</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="270"/>
        <source>{count} lessen gepland.</source>
        <translation>{count} lessen gepland.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="287"/>
        <source>Les op {date} toegevoegd.</source>
        <translation>Les op {date} toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="292"/>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="309"/>
        <source>Kies eerst een les in de lijst.</source>
        <translation>Kies eerst een les in de lijst.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="294"/>
        <source>Waarom vervalt de les van {group} op {date}?</source>
        <translation>Waarom vervalt de les van {group} op {date}?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="303"/>
        <source>De les van {date} is vervallen.</source>
        <translation>De les van {date} is vervallen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/lessons.py" line="317"/>
        <source>Instructeur van de les van {date} aangepast.</source>
        <translation>Instructeur van de les van {date} aangepast.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="37"/>
        <source>BVM Desk · vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="54"/>
        <source>BVM Desk is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="60"/>
        <source>Ingelogd: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="66"/>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="67"/>
        <source>Wachtwoord</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="74"/>
        <source>&amp;Ander account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="77"/>
        <source>Uitloggen: het venster sluit (wat is opgeslagen blijft bewaard) en een ander kan inloggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="79"/>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="82"/>
        <source>Uw werk staat klaar zoals u het achterliet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="148"/>
        <source>Typ uw wachtwoord om verder te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/lock_screen.py" line="181"/>
        <source>BVM Desk is vergrendeld: de scan is niet verwerkt. Ontgrendel eerst en scan dan opnieuw. Liet u een programma uw wachtwoord typen? Dat gaat zo snel als een scanner: typ het zelf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="45"/>
        <source>BVM Desk: inloggen</source>
        <translation>BVM Desk: inloggen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="47"/>
        <location filename="../../bvmdesk/ui/start/login.py" line="73"/>
        <source>Inloggen</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="49"/>
        <source>{site} · database {database}</source>
        <translation>{site} · database {database}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="55"/>
        <source>bijvoorbeeld pbakker</source>
        <translation>bijvoorbeeld pbakker</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="64"/>
        <source>Gebruikersnaam</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="65"/>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="77"/>
        <source>Afsluiten</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="112"/>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="128"/>
        <source>U bent niet ingelogd: kies eerst een eigen wachtwoord. Log opnieuw in met het tijdelijke wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="139"/>
        <source>BVM Desk: nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="140"/>
        <source>Kies een nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="141"/>
        <source>Een beheerder heeft uw wachtwoord hersteld. Kies nu een eigen wachtwoord van minstens {n} tekens, anders dan het tijdelijke; daarna opent BVM Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/login.py" line="144"/>
        <source>Opslaan en inloggen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="314"/>
        <source>Laatste back-up: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="323"/>
        <source>Back-up mislukt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="366"/>
        <source>Geen locatie ingericht</source>
        <translation>Geen locatie ingericht</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="367"/>
        <source>Locatie {name} ({code})</source>
        <translation>Locatie {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="373"/>
        <source>alleen lezen</source>
        <translation>alleen lezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/main_window.py" line="374"/>
        <source>Ingelogd: {name} ({role})</source>
        <translation>Ingelogd: {name} ({role})</translation>
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
        <translation type="unfinished">ingetrokken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="72"/>
        <source>aankomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="73"/>
        <source>vertrek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="78"/>
        <source>opmerking toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="79"/>
        <source>opmerking verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="80"/>
        <source>opmerking gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="82"/>
        <source>ongewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDetailsDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="107"/>
        <source>Presentie van {name}</source>
        <translation>Presentie van {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="111"/>
        <source>Les van {date}, {start}–{end}</source>
        <translation>Les van {date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="128"/>
        <source>uu:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="133"/>
        <source>Noteer alleen dát iemand ziek is, nooit wat er aan de hand is (AVG).</source>
        <translation>Noteer alleen dát iemand ziek is, nooit wat er aan de hand is (AVG).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="139"/>
        <source>Verplicht: de les is voorbij</source>
        <translation>Verplicht: de les is voorbij</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="139"/>
        <source>Niet verplicht</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="149"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="150"/>
        <source>Aankomst</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="151"/>
        <source>Vertrek</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="152"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="154"/>
        <source>Reden van wijziging</source>
        <translation>Reden van wijziging</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="156"/>
        <source>Geschiedenis</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Oud → nieuw</source>
        <translation type="vanished">Oud → nieuw</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="160"/>
        <source>Wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="177"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="179"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation type="vanished">ingetrokken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="222"/>
        <source>Schrijf een tijd als 08:30.</source>
        <translation>Schrijf een tijd als 08:30.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="225"/>
        <source>Na de lesdag is een reden verplicht.</source>
        <translation>Na de lesdag is een reden verplicht.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Er ging iets mis dat we niet hadden verwacht ({kind}). Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</source>
        <translation type="vanished">Er ging iets mis dat we niet hadden verwacht ({kind}). Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/messages.py" line="28"/>
        <source>Er ging iets mis dat we niet hadden verwacht. Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/messages.py" line="52"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
</context>
<context>
    <name>ModuleForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="68"/>
        <source>5 cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="69"/>
        <source>Kies uit kwalificaties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="71"/>
        <source>Kies een kwalificatie uit de lijst van SBB: vult de crebocode en het niveau in, en de naam als die nog leeg is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="84"/>
        <source>1 tot 4, leeg = geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="86"/>
        <source>leeg = geen eis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="88"/>
        <source>Certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="89"/>
        <source>Bewijs van deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="90"/>
        <source>leeg = geen einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="91"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="92"/>
        <source>Een korte code, zoals MAG135-1; zo heet de module in de Excel-werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="94"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="95"/>
        <source>Opleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="96"/>
        <source>De opleiding (het traject) waar de module bij hoort; mag leeg blijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="98"/>
        <source>Crebo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="99"/>
        <source>De crebocode van de kwalificatie (5 cijfers); mag leeg blijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="101"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="102"/>
        <source>Het MBO-niveau, 1 tot 4; mag leeg blijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="103"/>
        <source>Geplande uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="104"/>
        <source>Hoeveel uren de module volgens plan duurt (0 tot 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="105"/>
        <source>Min. aanwezigheid (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="107"/>
        <source>Wie minder aanwezig was, krijgt geen certificaat (0 tot 100); leeg: geen eis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="109"/>
        <source>Levert op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="110"/>
        <source>Een certificaat (met de resultaten per werkproces) of een bewijs van deelname (uren en aanwezigheid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="112"/>
        <source>Geldig (jaren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="113"/>
        <source>Hoeveel jaar het certificaat geldig is (1 tot 50); leeg: geen einddatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="117"/>
        <source>Werkprocessen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="151"/>
        <source>(geen)</source>
        <translation type="unfinished">(geen)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="157"/>
        <source> (gearchiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="196"/>
        <source>Modules</source>
        <translation type="unfinished">Modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="197"/>
        <source>De modules en cursussen die groepen volgen: hun uren, de aanwezigheid die het certificaat vraagt en wat de module oplevert. Op het tabblad Werkprocessen staan de werkprocessen waarop beoordeeld en afgetekend wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="202"/>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="203"/>
        <source>modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="204"/>
        <source>Nieuwe module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="207"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="209"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="211"/>
        <source>Crebo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="212"/>
        <source>Uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="214"/>
        <source>Werkpr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="216"/>
        <source>Aantal werkprocessen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules.py" line="219"/>
        <source>Module {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="143"/>
        <source>Naar andere groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="145"/>
        <source>{name} ({number}) stopt in deze groep de dag vóór de gekozen datum en begint dan in de andere groep, bij hetzelfde leerbedrijf en dezelfde praktijkopleider. De aanwezigheid blijft bij de lessen van deze groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="160"/>
        <source>Naar groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="161"/>
        <source>Eerste dag</source>
        <translation type="unfinished">Eerste dag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="162"/>
        <source>Verplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="183"/>
        <source>Kies de groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="189"/>
        <source>Vul de datum in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="28"/>
        <source>Vandaag</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="28"/>
        <source>Hier ziet u straks het overzicht van vandaag: uw lessen, wie zich ziek heeft gemeld en wat nog afgetekend of beoordeeld moet worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="32"/>
        <source>Hier vult u straks per les het presentieregister in: één toets per status (A, L, V, Z, G, O), een badge scannen of &apos;Iedereen aanwezig&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="36"/>
        <source>Hier zoekt u straks alle deelnemers en bekijkt u hun gegevens en inschrijvingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="39"/>
        <source>Hier legt u straks praktijkbeoordelingen per werkproces vast op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="43"/>
        <source>Hier tekent de praktijkopleider straks werkprocessen en bpv-uren af, op het scherm of op een kaart die u daarna invoert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="47"/>
        <source>Hier maakt en controleert u straks certificaten en bewijzen van deelname, en trekt u ze zo nodig in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="50"/>
        <source>Hier maakt u straks overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="53"/>
        <source>Hier beheert u straks locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het overzicht van vandaag: uw lessen, wie er ziek gemeld is en wat nog afgetekend of beoordeeld moet worden</source>
        <translation type="vanished">het overzicht van vandaag: uw lessen, wie er ziek gemeld is en wat nog afgetekend of beoordeeld moet worden</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="31"/>
        <source>Presentie</source>
        <translation>Presentie</translation>
    </message>
    <message>
        <source>het presentieregister per les: één toets per status (A, L, V, Z, G, O), badge scannen en &apos;Iedereen aanwezig&apos;</source>
        <translation type="vanished">het presentieregister per les: één toets per status (A, L, V, Z, G, O), badge scannen en &apos;Iedereen aanwezig&apos;</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="35"/>
        <source>Deelnemers</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>alle deelnemers zoeken en hun gegevens en inschrijvingen bekijken</source>
        <translation type="vanished">alle deelnemers zoeken en hun gegevens en inschrijvingen bekijken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="38"/>
        <source>Beoordelingen</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>praktijkbeoordelingen per werkproces vastleggen op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar</source>
        <translation type="vanished">praktijkbeoordelingen per werkproces vastleggen op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="42"/>
        <source>Aftekenen</source>
        <translation>Aftekenen</translation>
    </message>
    <message>
        <source>aftekeningen van werkprocessen en bpv-uren door de praktijkopleider, op het scherm of van een getekende kaart</source>
        <translation type="vanished">aftekeningen van werkprocessen en bpv-uren door de praktijkopleider, op het scherm of van een getekende kaart</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="46"/>
        <source>Certificaten</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>certificaten en bewijzen van deelname maken, controleren en zo nodig intrekken</source>
        <translation type="vanished">certificaten en bewijzen van deelname maken, controleren en zo nodig intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="49"/>
        <source>Rapportages</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF</source>
        <translation type="vanished">overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/navigation.py" line="53"/>
        <source>Beheer</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen</source>
        <translation type="vanished">locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="37"/>
        <source>minstens {n} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="45"/>
        <source>Wachtwoord</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="46"/>
        <source>Nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/new_password.py" line="57"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished">De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NotBuiltNotice</name>
    <message>
        <source>Deze pagina is nog niet gebouwd. Hier komt straks {purpose}.</source>
        <translation type="vanished">Deze pagina is nog niet gebouwd. Hier komt straks {purpose}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/placeholder.py" line="23"/>
        <source>Deze pagina is nog niet gebouwd. {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../bvmdesk/ui/common/section_card.py" line="30"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="57"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="61"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="150"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="294"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="64"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="75"/>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="66"/>
        <source>Wat</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="71"/>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="77"/>
        <source>Vooraf gemeld</source>
        <translation>Vooraf gemeld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="151"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="297"/>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="153"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="155"/>
        <source>{count} lessen met ongeoorloofd verzuim</source>
        <translation>{count} lessen met ongeoorloofd verzuim</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="157"/>
        <source>Ongeoorloofd</source>
        <translation>Ongeoorloofd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="162"/>
        <source>Overdracht</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="166"/>
        <source>Verzuimsignalen</source>
        <translation>Verzuimsignalen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="282"/>
        <source>Nog niet overgedragen</source>
        <translation>Nog niet overgedragen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="283"/>
        <source>Overgedragen {day}</source>
        <translation>Overgedragen {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="300"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="302"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="304"/>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="307"/>
        <source>{attended} aanwezig van {marked} ingevuld</source>
        <translation>{attended} aanwezig van {marked} ingevuld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="310"/>
        <source>Aanwezigheidswaarschuwingen</source>
        <translation>Aanwezigheidswaarschuwingen</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="61"/>
        <source>Aftekenkaart vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="65"/>
        <source>Scan de QR-code van de kaart of typ de code (ZWL-AK-2026-00012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="68"/>
        <source>Zoeken</source>
        <translation type="unfinished">Zoeken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="88"/>
        <source>Foto of scan van de kaart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="90"/>
        <source>Nog geen foto gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="96"/>
        <source>Praktijkopleider</source>
        <translation type="unfinished">Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="97"/>
        <source>Foto of scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="100"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="102"/>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="111"/>
        <source>Code van de aftekenkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="115"/>
        <source>Afgetekende taken (vink aan wat op de kaart is afgetekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="129"/>
        <source>Scan eerst de kaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="169"/>
        <source>{name} ({number}), groep {group}, {module}; leerbedrijf {company}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="177"/>
        <source>Kaart {code}, versie {version}, gedrukt {date}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="181"/>
        <source>Al afgetekend: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="187"/>
        <source>Geen open taken op deze kaart: alles is al afgetekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="200"/>
        <source> (eigen praktijkopleider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="228"/>
        <source>{name} kon niet worden gelezen: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="240"/>
        <source>Scan eerst de kaart of kies een deelnemer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="244"/>
        <source>Een datum klopt niet; er is niets vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="247"/>
        <source>Vink eerst de taken aan die op de kaart zijn afgetekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="252"/>
        <source>Kies de praktijkopleider die de kaart tekende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="278"/>
        <source>Foto of scan van de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/paper_dialog.py" line="279"/>
        <source>Foto&apos;s ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantAbsencesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/absences.py" line="33"/>
        <source>Vooraf gemelde afwezigheid</source>
        <translation>Vooraf gemelde afwezigheid</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/absences.py" line="41"/>
        <source>Geen afwezigheid vooraf gemeld.</source>
        <translation>Geen afwezigheid vooraf gemeld.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/absences.py" line="42"/>
        <source>Afwezigheid melden…</source>
        <translation>Afwezigheid melden…</translation>
    </message>
</context>
<context>
    <name>ParticipantAssessmentsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="164"/>
        <source>Beoordelingen</source>
        <translation type="unfinished">Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="186"/>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="190"/>
        <source>Opdrachten, examens en bpv-voortgang staan apart; kies er één om alleen die te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="239"/>
        <source>Nog geen definitieve beoordelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="241"/>
        <source>Geen definitieve beoordelingen van deze soort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantChooser</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="86"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="90"/>
        <source>Naam, nummer, badge of kaartcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="153"/>
        <source>{name} is niet ingeschreven in een groep die u lesgeeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="156"/>
        <source>{name} is nergens ingeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="169"/>
        <source>Zoek een deelnemer op naam of nummer, scan een badge of scan een aftekenkaart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="67"/>
        <source>Kies een deelnemer in de lijst om de gegevens te zien.</source>
        <translation>Kies een deelnemer in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="83"/>
        <source>Alleen beheerders kunnen persoonsgegevens wijzigen.</source>
        <translation>Alleen beheerders kunnen persoonsgegevens wijzigen.</translation>
    </message>
    <message>
        <source>(geen datum)</source>
        <translation type="vanished">(geen datum)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="96"/>
        <source>Kies een doelgroep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="114"/>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="115"/>
        <source>Voornamen</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="116"/>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="117"/>
        <source>Achternaam</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="118"/>
        <source>Geboortedatum</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="119"/>
        <source>Doelgroep</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="120"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="121"/>
        <source>Studentnummer</source>
        <translation>Studentnummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="122"/>
        <source>Financier</source>
        <translation>Financier</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="123"/>
        <source>Leerbedrijf</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="124"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="125"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="126"/>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="144"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="157"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="158"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="161"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="273"/>
        <source>(geen)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="300"/>
        <source>Nieuwe deelnemer</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="305"/>
        <source>leeg laten: nummer wordt uitgedeeld</source>
        <translation>leeg laten: nummer wordt uitgedeeld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="383"/>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="401"/>
        <source>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</source>
        <translation>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/detail.py" line="407"/>
        <source>Opgeslagen.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../bvmdesk/ui/common/participant_picker.py" line="50"/>
        <source>Naam, nummer of scan badge</source>
        <translation>Naam, nummer of scan badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/participant_picker.py" line="101"/>
        <source>… en nog {count}: typ verder om te zoeken</source>
        <translation>… en nog {count}: typ verder om te zoeken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/participant_picker.py" line="104"/>
        <source>Niemand gevonden met &apos;{text}&apos;.</source>
        <translation>Niemand gevonden met &apos;{text}&apos;.</translation>
    </message>
</context>
<context>
    <name>ParticipantProgressModel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="136"/>
        <source>Werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="142"/>
        <source>Laatste
{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="148"/>
        <source>Het laatste definitieve resultaat per werkproces ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="150"/>
        <source> (versie {n}: de nieuwste telt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/assessments.py" line="152"/>
        <source>{kind} {code}{version}, formulier {form}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantSignOffsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="41"/>
        <source>{group} · {company}: Aftekeningen: {signed} van {required} verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="49"/>
        <source>Bpv-uren: {approved} goedgekeurd (norm onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="53"/>
        <source>Bpv-uren: {approved} van {norm} goedgekeurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="67"/>
        <source>Aftekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="78"/>
        <source>Naar Aftekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="79"/>
        <source>Aftekeningen en bpv-uren van deze deelnemer vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/signoffs.py" line="106"/>
        <source>Geen inschrijving met een leerbedrijf en praktijkopleider: aftekenen kan pas als die bij de inschrijving zijn ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="51"/>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="51"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="51"/>
        <source>Doelgroep</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="52"/>
        <source>Groepen</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/model.py" line="52"/>
        <source>Leerbedrijf</source>
        <translation>Leerbedrijf</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="65"/>
        <source>Deelnemers</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="66"/>
        <source>Nieuwe deelnemer</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="68"/>
        <source>Naam, nummer of scan badge</source>
        <translation>Naam, nummer of scan badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="209"/>
        <source>1 deelnemer</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/page.py" line="210"/>
        <source>{count} deelnemers</source>
        <translation>{count} deelnemers</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="99"/>
        <source>Wachtwoordzin voor sleutel {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="100"/>
        <source>De sleutel {key} waarmee deze locatie certificaten ondertekent, is beveiligd met een wachtwoordzin. Typ die om te ondertekenen; BVM Desk vraagt er deze sessie niet meer om.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="49"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="51"/>
        <source>Nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="54"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="74"/>
        <source>Typ de wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="77"/>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="82"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/passphrase.py" line="79"/>
        <source>Een wachtwoordzin heeft minstens {n} tekens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/pdf_pages.py" line="194"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="85"/>
        <source>t/m</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="91"/>
        <source>Deze maand</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="92"/>
        <source>Vorige maand</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="93"/>
        <source>Schooljaar tot nu</source>
        <translation>Schooljaar tot nu</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="124"/>
        <source>De periode is leeg: de einddatum ligt voor de begindatum.</source>
        <translation>De periode is leeg: de einddatum ligt voor de begindatum.</translation>
    </message>
</context>
<context>
    <name>PersonExportButton</name>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="37"/>
        <source>Inzageverzoek exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="39"/>
        <source>Alles wat BVM Desk over deze deelnemer bewaart in één zip-bestand, voor een inzageverzoek (AVG artikel 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="61"/>
        <source>een inzageverzoek exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="70"/>
        <source>Inzageverzoek exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="71"/>
        <source>Zip-bestand (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="90"/>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="105"/>
        <source>Geannuleerd; er is niets geschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="94"/>
        <source>De gegevens van {name} ({number}) staan in:
{path}

{rows} rijen, {attachments} bijlagen en {certificates} certificaten; overzicht.pdf is het leesbare overzicht. Het bestand bevat persoonsgegevens: geef het alleen aan de deelnemer zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="103"/>
        <source>Inzage van {number} wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="108"/>
        <source>Inzageverzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="111"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/participants/person_export.py" line="112"/>
        <source>Map openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/photos.py" line="53"/>
        <source>foto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../bvmdesk/ui/common/placeholder.py" line="45"/>
        <source>Zoeken</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>PlannedAbsencesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="83"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="84"/>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="85"/>
        <source>De gekozen melding intrekken</source>
        <translation>De gekozen melding intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="99"/>
        <source>Niemand is vooraf afgemeld.</source>
        <translation>Niemand is vooraf afgemeld.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="114"/>
        <source>Melding van {name} ({kind}, {when}) intrekken?</source>
        <translation>Melding van {name} ({kind}, {when}) intrekken?</translation>
    </message>
</context>
<context>
    <name>PresentielijstForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="202"/>
        <source>Presentielijst</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="203"/>
        <source>De papieren presentielijst van de lessen van een groep op één dag, met wie vooraf afgemeld is; om te laten tekenen of als bewijs bij een financier.</source>
        <translation>De papieren presentielijst van de lessen van een groep op één dag, met wie vooraf afgemeld is; om te laten tekenen of als bewijs bij een financier.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="208"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="209"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>PurgeConfirmDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="34"/>
        <source>Gegevens na de bewaartermijn verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="42"/>
        <source>Dit kan niet ongedaan worden gemaakt. Het register van uitgegeven certificaten (nummer, naam, datum, opleiding) blijft, en de audit houdt per verwijderd record een gebeurtenis zonder namen. Back-ups van vóór vandaag bevatten de gegevens nog tot ze vervallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="47"/>
        <source>Bevestig met uw wachtwoord ({name}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="55"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="57"/>
        <source>Definitief verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="66"/>
        <source>Dit wordt verwijderd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention_confirm.py" line="80"/>
        <source>Vul uw wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="257"/>
        <source>Kies een kwalificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="261"/>
        <source>Zoek op crebo, naam of dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="265"/>
        <source>Crebo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="266"/>
        <source>Kwalificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="267"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="269"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="272"/>
        <source>Kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="274"/>
        <source>Vult de crebocode en het niveau in, en de naam als die nog leeg is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="299"/>
        <source>Kies eerst een kwalificatie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="259"/>
        <source>Reden van de wijziging</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="265"/>
        <source>Bijvoorbeeld: briefje van de docent</source>
        <translation>Bijvoorbeeld: briefje van de docent</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="269"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/mark_details.py" line="271"/>
        <location filename="../../bvmdesk/ui/common/reason_dialog.py" line="51"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reason_dialog.py" line="35"/>
        <source>Geef een reden van minstens {count} tekens; er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reauth</name>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="68"/>
        <source>Dit is niet het wachtwoord van {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="111"/>
        <source>Bevestig met uw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="114"/>
        <source>Voor {action} vraagt BVM Desk uw wachtwoord opnieuw: u voerde het langer dan 5 minuten geleden in. Ingelogd als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="125"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="127"/>
        <source>Bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/reauth.py" line="147"/>
        <source>Vul uw wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormSide</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="88"/>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="obsolete">Opslaan</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="obsolete">Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="obsolete">Annuleren</translation>
    </message>
</context>
<context>
    <name>RecordListSide</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="39"/>
        <source>Zoeken</source>
        <translation type="unfinished">Zoeken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="40"/>
        <source>Zoek op code of naam (ook een deel ervan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="42"/>
        <source>ook gearchiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="45"/>
        <source>Nieuw</source>
        <translation type="unfinished">Nieuw</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="46"/>
        <source>Een nieuw record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/record_sides.py" line="47"/>
        <source>Archiveren…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="77"/>
        <source>U kunt dit alleen bekijken; een beheerder wijzigt het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="obsolete">Zoeken</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="obsolete">Nieuw</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="obsolete">Opslaan</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="obsolete">Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="obsolete">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="243"/>
        <source>Archiveren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="172"/>
        <source>{n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="175"/>
        <source>{shown} van {n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="237"/>
        <location filename="../../bvmdesk/ui/admin/record_form.py" line="149"/>
        <source> (gearchiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="242"/>
        <source>Kies links een regel, of klik op Nieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="243"/>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="301"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished">Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="316"/>
        <source>Verbeter het veld met de rode tekst; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="319"/>
        <source>Verbeter de {n} velden met een rode tekst; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="344"/>
        <source>De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="345"/>
        <source>Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="357"/>
        <source>{name} is teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="361"/>
        <source>{name} archiveren? Het verdwijnt uit de lijsten en keuzes; u kunt het later terugzetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="364"/>
        <source>Archiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/records.py" line="368"/>
        <source>{name} is gearchiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="141"/>
        <source>De back-up wordt teruggezet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="152"/>
        <source>De back-up {backup} is teruggezet.

De vorige database staat in {aside}.

Log opnieuw in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="50"/>
        <source>BVM Desk: database beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="54"/>
        <source>De database is beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="58"/>
        <source>SQLite meldt dat {location} beschadigd is:
{problems}

Werk er niet mee verder: zet een back-up terug, of open een andere database. Bij terugzetten blijft de beschadigde database bewaard (…voor-herstel-…) in dezelfde map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="65"/>
        <source>Nieuwste goede back-up: {moment} ({kind}), {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="68"/>
        <source>Er is geen goede back-up gevonden in de back-upmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="72"/>
        <source>Nieuwste back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="75"/>
        <source>Andere database openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="76"/>
        <source>BVM Desk sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="101"/>
        <source>Database openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/recovery.py" line="101"/>
        <source>BVM Desk-database (*.sqlite);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="47"/>
        <source>Aanwezig</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="48"/>
        <source>Te laat</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="49"/>
        <source>Vroeg weg</source>
        <translation>Vroeg weg</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="50"/>
        <source>Ziek</source>
        <translation>Ziek</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="51"/>
        <source>Geoorloofd afwezig</source>
        <translation>Geoorloofd afwezig</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="52"/>
        <source>Ongeoorloofd afwezig</source>
        <translation>Ongeoorloofd afwezig</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="55"/>
        <source>Nog niet ingevuld</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="72"/>
        <source>Opgeslagen als ‘Te laat’: de aankomst ligt na het begin van de les.</source>
        <translation>Opgeslagen als ‘Te laat’: de aankomst ligt na het begin van de les.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="75"/>
        <source>Opgeslagen als ‘Vroeg weg’: het vertrek ligt voor het einde van de les.</source>
        <translation>Opgeslagen als ‘Vroeg weg’: het vertrek ligt voor het einde van de les.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="94"/>
        <source>Presentie — {module} (groep {group})</source>
        <translation>Presentie — {module} (groep {group})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="107"/>
        <source>Instructeur: {name}</source>
        <translation>Instructeur: {name}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="108"/>
        <source>nog niet toegewezen</source>
        <translation>nog niet toegewezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="122"/>
        <source> · vooraf gemeld</source>
        <translation> · vooraf gemeld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="245"/>
        <source>Vooraf gemeld; een toets of scan legt de presentie vast.</source>
        <translation>Vooraf gemeld; een toets of scan legt de presentie vast.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="57"/>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="186"/>
        <source>Presentie</source>
        <translation>Presentie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="58"/>
        <source>Zoek deelnemer of scan badge</source>
        <translation>Zoek deelnemer of scan badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_widgets.py" line="50"/>
        <source>Iedereen aanwezig</source>
        <translation>Iedereen aanwezig</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_widgets.py" line="52"/>
        <source>Vult alleen de lege rijen (Ctrl+Shift+A)</source>
        <translation>Vult alleen de lege rijen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_widgets.py" line="64"/>
        <source>Toetsen: &lt;b&gt;A&lt;/b&gt; aanwezig &lt;b&gt;L&lt;/b&gt; te laat &lt;b&gt;V&lt;/b&gt; vroeg weg &lt;b&gt;Z&lt;/b&gt; ziek &lt;b&gt;G&lt;/b&gt; geoorloofd &lt;b&gt;O&lt;/b&gt; ongeoorloofd · Enter: tijden en notitie · Ctrl+Z: ongedaan maken</source>
        <translation>Toetsen: &lt;b&gt;A&lt;/b&gt; aanwezig &lt;b&gt;L&lt;/b&gt; te laat &lt;b&gt;V&lt;/b&gt; vroeg weg &lt;b&gt;Z&lt;/b&gt; ziek &lt;b&gt;G&lt;/b&gt; geoorloofd &lt;b&gt;O&lt;/b&gt; ongeoorloofd · Enter: tijden en notitie · Ctrl+Z: ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="46"/>
        <source>Toevoegen aan deze groep</source>
        <translation>Toevoegen aan deze groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="49"/>
        <source>Naar die les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="51"/>
        <source>Die les openen en de scan daar vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="184"/>
        <source>Scan een badge om iemand aan of af te melden.</source>
        <translation>Scan een badge om iemand aan of af te melden.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="188"/>
        <source>Kies een datum met lessen, of een groep.</source>
        <translation>Kies een datum met lessen, of een groep.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="194"/>
        <source>Deze les is vervallen: {reason}</source>
        <translation>Deze les is vervallen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="195"/>
        <source>geen reden opgegeven</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="197"/>
        <source>U kunt deze presentie alleen bekijken.</source>
        <translation>U kunt deze presentie alleen bekijken.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register.py" line="208"/>
        <source>{marked} van {total} ingevuld</source>
        <translation>{marked} van {total} ingevuld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="62"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished">Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="84"/>
        <source>Waarom verandert de presentie van {name} na de lesdag?</source>
        <translation>Waarom verandert de presentie van {name} na de lesdag?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="105"/>
        <source>Waarom wordt iedereen na de lesdag nog aanwezig gemeld?</source>
        <translation>Waarom wordt iedereen na de lesdag nog aanwezig gemeld?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="110"/>
        <source>{count} deelnemers aanwezig gemeld.</source>
        <translation>{count} deelnemers aanwezig gemeld.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="123"/>
        <source>Waarom wordt deze markering na de lesdag teruggedraaid?</source>
        <translation>Waarom wordt deze markering na de lesdag teruggedraaid?</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_marking.py" line="133"/>
        <source>Ongedaan gemaakt.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="90"/>
        <source>Kies eerst een les; de badge {code} is niet verwerkt.</source>
        <translation>Kies eerst een les; de badge {code} is niet verwerkt.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_scan.py" line="95"/>
        <source>Deze presentie is alleen te bekijken.</source>
        <translation>Deze presentie is alleen te bekijken.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="141"/>
        <source>Deelnemer</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="141"/>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="142"/>
        <source>Tijden</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/register_model.py" line="142"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ReportForms</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="185"/>
        <source>Kies een groep…</source>
        <translation>Kies een groep…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="194"/>
        <source>Kies een groep.</source>
        <translation>Kies een groep.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="72"/>
        <source>Rapportages</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="73"/>
        <source>Uren van: naam, nummer of badge</source>
        <translation>Uren van: naam, nummer of badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="112"/>
        <source>PDF maken…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="114"/>
        <source>Excel maken…</source>
        <translation>Excel maken…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="120"/>
        <source>Openen</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="154"/>
        <source>Verzuimsignalen</source>
        <translation>Verzuimsignalen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="155"/>
        <source>Aanwezigheidswaarschuwingen</source>
        <translation>Aanwezigheidswaarschuwingen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="195"/>
        <source>Verzuimsignalen ({count})</source>
        <translation>Verzuimsignalen ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="197"/>
        <source>Aanwezigheidswaarschuwingen ({count})</source>
        <translation>Aanwezigheidswaarschuwingen ({count})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="216"/>
        <source>Vul eerst in wat in rood staat; er is niets gemaakt.</source>
        <translation>Vul eerst in wat in rood staat; er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="235"/>
        <source>{title}: gegevens lezen…</source>
        <translation>{title}: gegevens lezen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="241"/>
        <source>{title}: {name} schrijven…</source>
        <translation>{title}: {name} schrijven…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="248"/>
        <source>Bezig met {title}…</source>
        <translation>Bezig met {title}…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="253"/>
        <source>Opgeslagen: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="259"/>
        <source>{error} Er is niets geschreven.</source>
        <translation>{error} Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="264"/>
        <source>Er is niets geschreven.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="268"/>
        <source>Geannuleerd: er is niets geschreven.</source>
        <translation>Geannuleerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/page.py" line="276"/>
        <source>Rapport opslaan als {kind}</source>
        <translation>Rapport opslaan als {kind}</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="66"/>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="69"/>
        <source>De AVG vraagt gegevens niet langer te bewaren dan nodig. Hier ziet u per soort gegevens wat over de bewaartermijn is, en verwijdert u het. Het register van uitgegeven certificaten (nummer, naam, datum, opleiding) blijft altijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="74"/>
        <source>Alleen bekijken: alleen een beheerder kan bewaartermijnen wijzigen en gegevens verwijderen; u bent ingelogd als {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="83"/>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="84"/>
        <source> jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="85"/>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="86"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="87"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="unfinished">Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="92"/>
        <source>Locatie</source>
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="93"/>
        <source>Persoonsdossier, na de laatste inschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="94"/>
        <source>Presentie en financiersbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="95"/>
        <source>Beoordelingsbewijs, na afronding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="101"/>
        <source>Een record volgt de locatie van zijn groep; een persoonsdossier de langste termijn van de locaties waar de deelnemer ingeschreven was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="108"/>
        <source>Soort gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="108"/>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="108"/>
        <source>Over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="109"/>
        <source>Oudste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="109"/>
        <source>Wat er weggaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="120"/>
        <source>Vernieuwen</source>
        <translation type="unfinished">Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="121"/>
        <source>Opnieuw tellen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="123"/>
        <source>Verwijderen…</source>
        <translation type="unfinished">Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="197"/>
        <source>Bewaartermijnen van {site} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="210"/>
        <source>Tellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="226"/>
        <source>niets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="242"/>
        <source>Er is niets over de bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="247"/>
        <source>Tellen mislukt door een onverwachte fout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="268"/>
        <source>Niets verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="272"/>
        <source>Persoonsdossiers verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="273"/>
        <source>Presentie en financiersbewijs verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="274"/>
        <source>Beoordelingsbewijs verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="282"/>
        <source>Gegevens verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="288"/>
        <source>Verwijderd. Persoonsdossiers: {personal}, presentieregels: {attendance}, beoordelingen: {assessment} ({rows} records in totaal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="293"/>
        <source>Geannuleerd; wat al klaar was, is verwijderd. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="298"/>
        <source>Geannuleerd: wat al verwijderd was, blijft verwijderd; de rest staat er nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/retention.py" line="304"/>
        <source>Verwijderen mislukt door een onverwachte fout; er is niets gewijzigd in de soort die bezig was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../bvmdesk/ui/formatting.py" line="37"/>
        <source>beheerder</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/formatting.py" line="38"/>
        <source>instructeur</source>
        <translation>instructeur</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="69"/>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="71"/>
        <source>Scannerlogboek inlezen</source>
        <translation>Scannerlogboek inlezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="73"/>
        <source>Kies het logboek van de badgescanner: een .csv- of .txt-bestand met per regel badge;tijdstip. Elke scan wordt aankomst of vertrek bij de les die op dat moment bezig was. Alles wordt in één keer vastgelegd; hetzelfde logboek nog een keer inlezen verandert niets. Ziek of afwezig gemelde deelnemers blijven zoals ze zijn.</source>
        <translation>Kies het logboek van de badgescanner: een .csv- of .txt-bestand met per regel badge;tijdstip. Elke scan wordt aankomst of vertrek bij de les die op dat moment bezig was. Alles wordt in één keer vastgelegd; hetzelfde logboek nog een keer inlezen verandert niets. Ziek of afwezig gemelde deelnemers blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="79"/>
        <source>U mag geen presentie vastleggen; u bent ingelogd als {name} ({role}).</source>
        <translation>U mag geen presentie vastleggen; u bent ingelogd als {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="82"/>
        <source>&amp;Bestand kiezen…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="95"/>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="97"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="98"/>
        <source>Tijdstip</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="99"/>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="103"/>
        <source>Deelnemer</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="104"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="105"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="106"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="108"/>
        <source>Les</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="110"/>
        <source>Aankomst</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="111"/>
        <source>Vertrek</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="125"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="149"/>
        <source>een scanlog importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="153"/>
        <source>{name} is niet te lezen ({reason}).</source>
        <translation>{name} is niet te lezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="176"/>
        <source>{name} wordt ingelezen…</source>
        <translation>{name} wordt ingelezen…</translation>
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
        <translation>1 markering vastgelegd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="185"/>
        <source>{n} markeringen vastgelegd</source>
        <translation>{n} markeringen vastgelegd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="187"/>
        <source>{scans} in {file}: {marked}, {unchanged} ongewijzigd, {skipped} overgeslagen, {unmatched} zonder les.</source>
        <translation>{scans} in {file}: {marked}, {unchanged} ongewijzigd, {skipped} overgeslagen, {unmatched} zonder les.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="199"/>
        <source>Regels zonder markering: {unmatched} zonder les, {skipped} overgeslagen</source>
        <translation>Regels zonder markering: {unmatched} zonder les, {skipped} overgeslagen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="202"/>
        <source>Elke scan is verwerkt.</source>
        <translation>Elke scan is verwerkt.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="205"/>
        <source>Vastgelegde markeringen ({n})</source>
        <translation>Vastgelegde markeringen ({n})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="233"/>
        <source>Het logboek is niet ingelezen: {reason} Er is niets gewijzigd.</source>
        <translation>Het logboek is niet ingelezen: {reason} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="236"/>
        <source>er ging iets onverwachts mis; de details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="240"/>
        <source>Geannuleerd: er is niets gewijzigd.</source>
        <translation>Geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="244"/>
        <source>Scannerlogboek kiezen</source>
        <translation>Scannerlogboek kiezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/scan_log.py" line="245"/>
        <source>Scannerlogboek (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>Scannerlogboek (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="46"/>
        <source>Onvoldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="46"/>
        <source>Voldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="47"/>
        <source>Goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="47"/>
        <source>Acceptabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="48"/>
        <source>Niet acceptabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="76"/>
        <source>Voorlopig: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="326"/>
        <source>Kritisch criterium: een onvoldoende hierop maakt het werkproces onvoldoende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="328"/>
        <source>kritisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="336"/>
        <source>De toelichting ontbreekt: druk op Enter om haar te schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="338"/>
        <source>! Ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="30"/>
        <source>definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="31"/>
        <source>concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="37"/>
        <source>&lt;b&gt;O&lt;/b&gt; onvoldoende &lt;b&gt;V&lt;/b&gt; voldoende &lt;b&gt;G&lt;/b&gt; goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="39"/>
        <source>&lt;b&gt;A&lt;/b&gt; acceptabel &lt;b&gt;N&lt;/b&gt; niet acceptabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="41"/>
        <source>&lt;b&gt;cijfer&lt;/b&gt; typen (7 of 7,5), Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="42"/>
        <source>Enter: toelichting · Alt+Enter: opmerking · Delete: wissen · Ctrl+Enter: definitief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="44"/>
        <source>Toetsen: {keys} · {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="199"/>
        <source>geslaagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="200"/>
        <source>niet geslaagd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringActions</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="48"/>
        <source> Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="66"/>
        <source>Beoordeling {code} is definitief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="86"/>
        <source>Versie {version} van {code} is gemaakt; pas de scores aan en maak haar opnieuw definitief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="96"/>
        <source>Concept {code} van {name} verwijderen? De scores, opmerkingen en foto&apos;s van dit concept gaan verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="99"/>
        <source>Concept verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="116"/>
        <source>Foto toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="117"/>
        <source>Foto&apos;s ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="128"/>
        <source>{name} kon niet worden gelezen: {reason}. Er is niets toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="150"/>
        <source>De foto kon niet worden toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="155"/>
        <source>Foto&apos;s toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="160"/>
        <source>{count} foto(&apos;s) toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="170"/>
        <source>Foto {name} verwijderen uit {code}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="171"/>
        <source>Foto verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="197"/>
        <source>Tweede beoordelaar vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="205"/>
        <source>Tweede beoordelaar {name} weghalen uit {code}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_actions.py" line="207"/>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringHeader</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="61"/>
        <source>Alle versies van deze beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="98"/>
        <source>{code} · {name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="101"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="103"/>
        <source>Beoordelingsformulier {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="105"/>
        <source>groep {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="107"/>
        <source>Beoordelaar: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="108"/>
        <source>Versie {version} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="111"/>
        <source>Versie {version}, vervangt versie {old}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="113"/>
        <source>geen reden opgegeven</source>
        <translation type="unfinished">geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="118"/>
        <source>Versie {version} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="125"/>
        <source>Deze versie is vervangen door een nieuwere versie; de nieuwste definitieve versie telt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="129"/>
        <source>Definitief sinds {day}: deze beoordeling kan niet meer worden gewijzigd. Een fout herstelt u met &apos;Corrigeren&apos; (een nieuwe versie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_header.py" line="133"/>
        <source>U kunt deze beoordeling alleen bekijken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="114"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="114"/>
        <source>Criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="114"/>
        <source>Kritisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="115"/>
        <source>Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="115"/>
        <source>Beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="115"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_model.py" line="116"/>
        <source>Opmerking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="85"/>
        <source>Terug naar overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="90"/>
        <source>Concept verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="92"/>
        <source>Corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="94"/>
        <source>Definitief maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="96"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="191"/>
        <source>{rated} van {total} criteria beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="200"/>
        <source>Voorlopig: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="216"/>
        <source>Opgeslagen.</source>
        <translation type="unfinished">Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="225"/>
        <source>Deze beoordeling is definitief; kies &apos;Corrigeren&apos; om iets te wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="228"/>
        <source>U kunt deze beoordeling alleen bekijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="244"/>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="279"/>
        <source>Criterium {number} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="250"/>
        <source>Criterium {number} opgeslagen; typ de toelichting en druk op Enter (Esc: later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring.py" line="336"/>
        <source>Badge {code} gescand: er is niets beoordeeld. Deze beoordeling is van {name}; kies &apos;Terug naar overzicht&apos; om iemand anders te beoordelen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringSide</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="73"/>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="150"/>
        <source>Opmerking bij de hele beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="85"/>
        <source>Sleep foto&apos;s hierheen of kies een bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="88"/>
        <source>Foto toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="90"/>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="106"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="92"/>
        <source>De gekozen foto verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="104"/>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="170"/>
        <source>Tweede beoordelaar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="108"/>
        <source>De tweede beoordelaar weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="118"/>
        <source>Opmerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="121"/>
        <source>Foto&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="126"/>
        <source>Tweede beoordelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="150"/>
        <source>Geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="163"/>
        <source>Bevestigd op {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="166"/>
        <source>Nog geen tweede beoordelaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/scoring_side.py" line="169"/>
        <source>Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchLimit</name>
    <message>
        <location filename="../../bvmdesk/ui/common/search_limit.py" line="15"/>
        <source>De zoektekst is ingekort tot {count} tekens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondAssessorDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="128"/>
        <source>Tweede beoordelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="131"/>
        <source>De praktijkopleider van het leerbedrijf van {name}, of een andere instructeur, bevestigt deze beoordeling met naam en handtekening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="155"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="156"/>
        <source>Rol</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="157"/>
        <source>Bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="164"/>
        <source>Handtekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="176"/>
        <source>Vul de naam van de tweede beoordelaar in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="184"/>
        <source>Zet eerst een handtekening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="29"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>De taal van de schermen. Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="vanished">De taal van de schermen. Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</translation>
    </message>
    <message>
        <source>De taal van de schermen en het voorteken van de badgescanner (meestal leeg). Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="vanished">De taal van de schermen en het voorteken van de badgescanner (meestal leeg). Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="45"/>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Laat leeg als de badgescanner geen voorteken stuurt: een scan wordt dan herkend aan de snelheid waarmee de tekens binnenkomen.</source>
        <translation type="vanished">Laat leeg als de badgescanner geen voorteken stuurt: een scan wordt dan herkend aan de snelheid waarmee de tekens binnenkomen.</translation>
    </message>
    <message>
        <source>Voorteken badgescanner</source>
        <translation type="vanished">Voorteken badgescanner</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="38"/>
        <source>De taal van de schermen en het voorvoegsel van de badgescanner (meestal leeg). Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="50"/>
        <source>Laat leeg als de badgescanner geen voorvoegsel stuurt: een scan wordt dan herkend aan de snelheid waarmee de tekens binnenkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="52"/>
        <source>Voorvoegsel van de badgescanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="53"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="80"/>
        <source>De instellingen konden niet worden opgeslagen: {reason}</source>
        <translation>De instellingen konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/settings.py" line="84"/>
        <source>Opgeslagen. De nieuwe instellingen gaan in zodra u BVM Desk opnieuw start.</source>
        <translation>Opgeslagen. De nieuwe instellingen gaan in zodra u BVM Desk opnieuw start.</translation>
    </message>
    <message>
        <source>Opgeslagen. De nieuwe taal gaat in zodra u BVM Desk opnieuw start.</source>
        <translation type="vanished">Opgeslagen. De nieuwe taal gaat in zodra u BVM Desk opnieuw start.</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="72"/>
        <source>Aan de slag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="82"/>
        <source>Deze locatie heeft nog geen lessen. Zet de eerste stappen hieronder; deze kaart verdwijnt zodra een groep lessen heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="84"/>
        <source>Deze locatie heeft nog geen lessen. Deze stappen zet een beheerder; u kunt de onderdelen wel bekijken, niet wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="95"/>
        <source>Nieuwe deelnemer</source>
        <translation type="unfinished">Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="96"/>
        <source>Deelnemers, Nieuwe deelnemer: één deelnemer met de hand invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="98"/>
        <source>Deelnemers</source>
        <translation type="unfinished">Deelnemers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="98"/>
        <source>De pagina Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="100"/>
        <source>1. Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="101"/>
        <source>Uren, minimale aanwezigheid, werkprocessen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="102"/>
        <source>Modules</source>
        <translation type="unfinished">Modules</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="102"/>
        <source>Beheer &gt; Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="103"/>
        <source>2. Leerbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="104"/>
        <source>Waar deelnemers werken, met praktijkopleiders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="105"/>
        <source>Leerbedrijven</source>
        <translation type="unfinished">Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="105"/>
        <source>Beheer &gt; Leerbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="106"/>
        <source>Praktijkopleiders</source>
        <translation type="unfinished">Praktijkopleiders</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="107"/>
        <source>Beheer &gt; Praktijkopleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="108"/>
        <source>3. Een groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="109"/>
        <source>Een module op deze locatie, met startdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="110"/>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="118"/>
        <source>Groepen</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="110"/>
        <source>Beheer &gt; Groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="111"/>
        <source>4. Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="112"/>
        <source>Met de hand, of uit een Excel-werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="114"/>
        <source>Importeren</source>
        <translation type="unfinished">Importeren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="114"/>
        <source>Beheer &gt; Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="115"/>
        <source>5. Lessen plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="116"/>
        <source>Kies de groep, tabblad Inschrijvingen, dan “Lessen plannen…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="119"/>
        <source>Beheer &gt; Groepen: kies de groep, tabblad Inschrijvingen, dan “Lessen plannen…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="171"/>
        <source>({done} van 5 klaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="173"/>
        <source>1 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="174"/>
        <source>{count} modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="176"/>
        <source>1 leerbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="177"/>
        <source>{count} leerbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="178"/>
        <source>1 praktijkopleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="179"/>
        <source>{count} praktijkopleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="181"/>
        <source>{companies}, {trainers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="183"/>
        <source>1 groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="184"/>
        <source>{count} groepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="186"/>
        <source>1 deelnemer</source>
        <translation type="unfinished">1 deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="187"/>
        <source>{count} deelnemers</source>
        <translation type="unfinished">{count} deelnemers</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="188"/>
        <source>1 les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="189"/>
        <source>{count} lessen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="196"/>
        <source>klaar · {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/setup_card.py" line="197"/>
        <source>nog te doen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="59"/>
        <source>Aftekenen op het scherm: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="63"/>
        <source>{name} ({number}), groep {group}, {module}. Leerbedrijf: {company}. De praktijkopleider vinkt de taken aan die {name} beheerst, typt de pincode en zet een handtekening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="71"/>
        <source>Alle taken zijn al afgetekend; er is niets meer af te tekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="77"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="89"/>
        <source>Aftekenen</source>
        <translation type="unfinished">Aftekenen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="91"/>
        <source>Aftekenen (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="93"/>
        <source>Bon afdrukken of opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="97"/>
        <source>Bon openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="100"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="132"/>
        <source>Een datum klopt niet; er is niets afgetekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="135"/>
        <source>Vink eerst de taken aan die worden afgetekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="154"/>
        <source>1 taak afgetekend door {trainer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="155"/>
        <source>{count} taken afgetekend door {trainer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="161"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="172"/>
        <source>Bon opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="185"/>
        <source>Bon opgeslagen: {path}. &apos;Bon openen&apos; toont hem om af te drukken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/sign_dialog.py" line="190"/>
        <source>De bon kon niet worden gemaakt; de aftekening zelf is wel vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffChooser</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="52"/>
        <source>vanaf {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="60"/>
        <source>Geen leerbedrijf of praktijkopleider: geen aftekentaken. Vul bij Deelnemers het leerbedrijf en de praktijkopleider van deze inschrijving in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="64"/>
        <source>Leerbedrijf: {company}. Praktijkopleider: {trainer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/chooser.py" line="67"/>
        <source>SBB-nummer {sbb}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPdf</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/pdf_files.py" line="25"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffTaskEditor</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="66"/>
        <source>Bijvoorbeeld: AT01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="70"/>
        <source>Wat de praktijkopleider aftekent, bijvoorbeeld: Last een hoeknaad in positie PB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="77"/>
        <source>Geen (of typ een code, zoals B1-K1-W1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="80"/>
        <source>Naam van een nieuw werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="81"/>
        <source>Verplicht: nodig voor de praktijkverklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="91"/>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="91"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="92"/>
        <source>&amp;Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="93"/>
        <source>&amp;Werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="94"/>
        <source>Naam &amp;werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="106"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="127"/>
        <source>Nieuwe aftekentaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="129"/>
        <source>Aftekentaak {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="130"/>
        <source>Aftekentaak {code} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="145"/>
        <source>De module van een taak ligt vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="179"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="241"/>
        <source>Verbeter de velden met een melding; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_task_editor.py" line="257"/>
        <source>Werkproces {code} is nieuw voor deze module: het wordt bij het opslaan toegevoegd, met de naam hierboven (of anders de code).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffTasks</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="24"/>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="51"/>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="66"/>
        <source>geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="26"/>
        <source>op papier, vastgelegd door {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="36"/>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="50"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="41"/>
        <source>Afgetekend {date} door {trainer} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="62"/>
        <source>{moment}: ingetrokken door {who}. Reden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="68"/>
        <source>{date}: afgetekend door {trainer} ({method}), vastgelegd door {who} op {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="73"/>
        <source>, kaart {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="75"/>
        <source>, met foto van de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="77"/>
        <source>. Opmerking: {remark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="79"/>
        <source> (ingetrokken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="85"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="86"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="87"/>
        <source> (vervallen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="90"/>
        <source>Werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="92"/>
        <source>Verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="93"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="94"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>SignOffTasksPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="38"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="39"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="64"/>
        <source>Aftekentaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="67"/>
        <source>Wat de praktijkopleider per module aftekent, op het scherm of op de aftekenkaart. Een inschrijving met leerbedrijf en praktijkopleider krijgt de taken van haar module. Een gearchiveerde taak wordt niet meer aangeboden; wat al is afgetekend, blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="77"/>
        <source>Gearchiveerde tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="78"/>
        <source>Nieuwe taak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="80"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="83"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="92"/>
        <source>Module</source>
        <translation type="unfinished">Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="94"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="95"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="96"/>
        <source> (gearchiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="99"/>
        <source>Werkproces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="101"/>
        <source>Verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="102"/>
        <source>In gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="104"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="105"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="265"/>
        <source>Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="106"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="266"/>
        <source>Bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="107"/>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="264"/>
        <source>Archiveren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="124"/>
        <source>Alleen een beheerder wijzigt aftekentaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="176"/>
        <source>Deze module heeft nog geen aftekentaken. Maak er een met ‘Nieuwe taak’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="180"/>
        <source>Nog geen aftekentaken. Maak er een met ‘Nieuwe taak’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="190"/>
        <source>Alle modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="208"/>
        <source>Kies eerst een taak in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="229"/>
        <source>Taak {code} van {module} is teruggezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="232"/>
        <source>Aftekentaak {code} ({description}) van {module} archiveren? Ze wordt niet meer aangeboden en komt niet meer op nieuwe aftekenkaarten; wat al is afgetekend, blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="236"/>
        <source>Archiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="239"/>
        <source>Taak {code} van {module} is gearchiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="263"/>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/signoff_tasks.py" line="270"/>
        <source>Taak {code} van {module} is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffsPage</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="81"/>
        <source>Aftekenen</source>
        <translation type="unfinished">Aftekenen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="82"/>
        <source>Aftekenen op het scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="104"/>
        <source>Aftekenen op het scherm (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="29"/>
        <source>Kaart vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="35"/>
        <source>Intrekken</source>
        <translation type="unfinished">Intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="41"/>
        <source>Praktijkoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="66"/>
        <source>Aftekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="67"/>
        <source>Bpv-uren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="68"/>
        <source>Per groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="188"/>
        <source>Deze deelnemer bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="107"/>
        <source>{task}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="31"/>
        <source>Kaart afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="33"/>
        <source>Aftekenkaart afdrukken, met QR-code (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="37"/>
        <source>Kaartfoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_panel.py" line="39"/>
        <source>De foto of scan van de teruggekomen kaart bekijken (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="185"/>
        <source>Deze deelnemer staat niet in een groep die u lesgeeft (of bestaat niet meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="254"/>
        <source>Kies eerst een deelnemer.</source>
        <translation type="unfinished">Kies eerst een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="257"/>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="295"/>
        <source>U mag geen aftekeningen vastleggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="261"/>
        <source>Deze inschrijving heeft geen leerbedrijf of praktijkopleider: geen aftekentaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="284"/>
        <source>1 taak afgetekend door {trainer} (scherm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="285"/>
        <source>{count} taken afgetekend door {trainer} (scherm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="308"/>
        <source>1 taak vastgelegd ({method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page.py" line="309"/>
        <source>{count} taken vastgelegd ({method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="38"/>
        <source>Aftekening {code} intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="46"/>
        <source>Aftekening van {code} ingetrokken; de taak is weer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="68"/>
        <source>Bpv-uren goedgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="78"/>
        <source>De goedkeuring door {trainer} van {date} intrekken voor {name}? Alle weken van die goedkeuring zijn daarna weer niet goedgekeurd; de goedkeuring blijft in de geschiedenis staan, met uw reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="84"/>
        <source>Goedkeuring intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_actions.py" line="93"/>
        <source>Goedkeuring ingetrokken; de weken zijn weer niet goedgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="27"/>
        <source>Het PDF-bestand kon niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="34"/>
        <source>Aftekenkaart opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="47"/>
        <source>Aftekenkaart {code} (versie {version}) opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="59"/>
        <source>Aftekenkaarten opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="64"/>
        <source>Aftekenkaarten van {group} opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="74"/>
        <source>Praktijkoverzicht opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="79"/>
        <source>Praktijkoverzicht opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="93"/>
        <source>De bpv-uren van {weeks} zijn nog niet opgeslagen. Nu opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="96"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/page_documents.py" line="97"/>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../bvmdesk/ui/common/signature_pad.py" line="206"/>
        <source>Teken hier met muis, pen of vinger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/common/signature_pad.py" line="209"/>
        <source>Wissen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyBox</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="55"/>
        <source>Sleutel om te ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="58"/>
        <source>Elk certificaat is ondertekend met de sleutel van deze locatie. De openbare sleutel staat in de database; de geheime helft is een bestand op deze pc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="70"/>
        <source>Sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="71"/>
        <source>Staat op deze pc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="72"/>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="79"/>
        <source>Wachtwoordzin instellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="81"/>
        <source>Wachtwoordzin verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="83"/>
        <source>Openbare sleutel opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="84"/>
        <source>Sleutel exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="86"/>
        <source>Sleutel importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="129"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="129"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="133"/>
        <source>ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="134"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="137"/>
        <source>De geheime sleutel {key} staat niet op deze pc, bijvoorbeeld omdat de database gekopieerd is. Hier kunt u certificaten controleren, niet uitgeven. Exporteer de sleutel op de pc die hem heeft (Sleutel exporteren…) en importeer dat bestand hier (Sleutel importeren…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="162"/>
        <source>Het bestand kon niet worden geschreven: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="165"/>
        <source> Er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="179"/>
        <source>De openbare sleutel {key} staat in {file}. Geef dit bestand aan wie certificaten wil controleren zonder deze database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="185"/>
        <source>de sleutel exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="192"/>
        <source>Sleutel {key} staat in {file}, beveiligd met de wachtwoordzin. Bewaar het bestand en de wachtwoordzin apart; op de andere pc van deze locatie kiest u Sleutel importeren….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="198"/>
        <source>een sleutel importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="204"/>
        <source>Sleutel {key} staat nu op deze pc: hier kunnen certificaten worden uitgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="214"/>
        <source>De sleutel is beveiligd met de nieuwe wachtwoordzin; BVM Desk vraagt er eenmaal per sessie om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="216"/>
        <source>De wachtwoordzin is van de sleutel gehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="225"/>
        <source>Openbare sleutel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="227"/>
        <source>Openbare sleutel (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="232"/>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="238"/>
        <source>Sleutel exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="234"/>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="247"/>
        <source>Sleutelbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="239"/>
        <source>Kies een wachtwoordzin voor het exportbestand (minstens 8 tekens) en typ hem twee keer. U hebt hem nodig om de sleutel op de andere pc te importeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="241"/>
        <source>Exporteren</source>
        <translation type="unfinished">Exporteren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="246"/>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="251"/>
        <source>Sleutel importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="252"/>
        <source>Typ de wachtwoordzin waarmee {file} is geëxporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="253"/>
        <source>Importeren</source>
        <translation type="unfinished">Importeren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="264"/>
        <source>Wachtwoordzin instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="265"/>
        <source>Met een wachtwoordzin kan niemand met dit sleutelbestand alleen certificaten ondertekenen. BVM Desk vraagt er eenmaal per sessie om, bij het eerste certificaat. Minstens 8 tekens, twee keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="268"/>
        <source>Instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="273"/>
        <source>De wachtwoordzin van sleutel {key} verwijderen? Dan kan iedereen met toegang tot deze pc certificaten ondertekenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_key.py" line="276"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="51"/>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="61"/>
        <source>standaard ({n} minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="52"/>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="54"/>
        <source>standaard ({n} weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="55"/>
        <source> weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="57"/>
        <source>standaard (jonger dan {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="58"/>
        <source> jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="65"/>
        <source>leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="66"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="67"/>
        <source>Letters en cijfers, zoals ZWL. De code staat in de nummers van deelnemers, certificaten en kaarten en verandert na het opslaan niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="70"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="71"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="72"/>
        <source>Verzuimsignaal vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="73"/>
        <source>Zoveel minuten ongeoorloofd afwezig binnen de schoolweken hieronder geeft een verzuimsignaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="75"/>
        <source>Binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="76"/>
        <source>Het aantal opeenvolgende schoolweken waarin de minuten worden opgeteld (vakantieweken tellen niet mee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="78"/>
        <source>Voor deelnemers jonger dan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="79"/>
        <source>Alleen lessen op dagen dat de deelnemer jonger is dan deze leeftijd tellen mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="81"/>
        <source>Voorvoegsel badgescanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="83"/>
        <source>Eén leesteken, zoals #, of leeg: dan wordt een scan herkend aan de snelheid waarmee de tekens binnenkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="85"/>
        <source>Vergrendelen na (minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="87"/>
        <source>Zolang niemand toetsenbord of muis gebruikt, vergrendelt BVM Desk na zoveel minuten (1 tot 240). Geldt op deze pc meteen na het opslaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="95"/>
        <source>Laat een drempel op &apos;standaard&apos; staan om de wettelijke standaard te gebruiken. Het voorvoegsel geldt op de pc&apos;s van deze locatie; een voorvoegsel dat op een pc zelf is ingesteld (Beheer &gt; Instellingen) gaat voor. Nieuwe drempels en een nieuw voorvoegsel gaan in zodra BVM Desk opnieuw start; de vergrendeltijd meteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="102"/>
        <source>Dit is de locatie van deze installatie; die kan niet worden gearchiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="143"/>
        <source>{name} (deze installatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="148"/>
        <source>Locaties</source>
        <translation type="unfinished">Locaties</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="149"/>
        <source>De locaties van de BVM, met per locatie de drempels van het verzuimsignaal, het voorvoegsel van de badgescanner en na hoeveel minuten BVM Desk vergrendelt. Groepen en vakanties horen bij een locatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="153"/>
        <source>locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="154"/>
        <source>locaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="155"/>
        <source>Nieuwe locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="158"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="160"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="162"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="163"/>
        <source>Groepen</source>
        <translation type="unfinished">Groepen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/sites.py" line="167"/>
        <source>Locatie {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="35"/>
        <source>1 criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="37"/>
        <source>{count} criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="57"/>
        <source>Nieuwe beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="63"/>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="133"/>
        <source>Kies eerst een deelnemer.</source>
        <translation type="unfinished">Kies eerst een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="76"/>
        <source>Beoordeling starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="80"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="90"/>
        <source>Deelnemer</source>
        <translation type="unfinished">Deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="92"/>
        <source>Beoordelingsformulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="146"/>
        <source>Formulieren van de modules van {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/assessments/start.py" line="151"/>
        <source>{name} is niet ingeschreven voor een module met een beoordelingsformulier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="61"/>
        <source>Status wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="62"/>
        <source>{name} ({number}), nu {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="82"/>
        <source>Datum</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="83"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="104"/>
        <source>Gestopt: de datum is de laatste dag in de groep (verplicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="106"/>
        <source>Afgerond: de datum is de einddatum; leeg is de einddatum van de groep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/move_dialog.py" line="109"/>
        <source>Actief: de einddatum wordt leeggemaakt; de datum telt niet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTicks</name>
    <message>
        <source>Datum</source>
        <translation type="obsolete">Datum</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="125"/>
        <source>Opmerking (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="117"/>
        <source> (keuze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="121"/>
        <source>Datum van de aftekening (vandaag of eerder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/task_ticks.py" line="163"/>
        <source>Vul de datum in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="111"/>
        <source>Geschiedenis</source>
        <translation type="unfinished">Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="163"/>
        <source>Kies een taak om te zien wie wat aftekende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/tasks_view.py" line="166"/>
        <source>{code}: nog niet afgetekend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="53"/>
        <source>Deels ({marked} van {total})</source>
        <translation>Deels ({marked} van {total})</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="55"/>
        <source>Niet ingevuld</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="56"/>
        <source>Compleet</source>
        <translation>Compleet</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="57"/>
        <source>Vervallen</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="63"/>
        <source>Vervallen: {reason}</source>
        <translation>Vervallen: {reason}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="64"/>
        <source>geen reden opgegeven</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="65"/>
        <source>{marked} van {total} ingevuld</source>
        <translation>{marked} van {total} ingevuld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="68"/>
        <source>, waarvan {count} vooraf gemeld</source>
        <translation>, waarvan {count} vooraf gemeld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="76"/>
        <source>Tijd</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="78"/>
        <source>Groep</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="81"/>
        <source>Instructeur</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="82"/>
        <source>niet toegewezen</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="84"/>
        <source>Presentie</source>
        <translation>Presentie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="87"/>
        <source>Gemeld</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="89"/>
        <source>{count} vooraf afwezig gemeld</source>
        <translation>{count} vooraf afwezig gemeld</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="112"/>
        <source>Vandaag</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="113"/>
        <source>Afwezigheid melden…</source>
        <translation>Afwezigheid melden…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="114"/>
        <source>Afmelden: naam of badge</source>
        <translation>Afmelden: naam of badge</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="137"/>
        <source>Ziek of afwezig melden, vooraf (Ctrl+M)</source>
        <translation>Ziek of afwezig melden, vooraf (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="147"/>
        <source>Vernieuwen</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="149"/>
        <source>Alles opnieuw lezen (F5)</source>
        <translation>Alles opnieuw lezen (F5)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="160"/>
        <source>Lessen van vandaag</source>
        <translation>Lessen van vandaag</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="161"/>
        <source>Klik op een les om de presentie te openen.</source>
        <translation>Klik op een les om de presentie te openen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="166"/>
        <source>Niemand is voor vandaag vooraf afgemeld.</source>
        <translation>Niemand is voor vandaag vooraf afgemeld.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="244"/>
        <source>Vandaag — {day}</source>
        <translation>Vandaag — {day}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="251"/>
        <source>Vandaag zijn er geen lessen op locatie {site}. Een andere dag kiest u in Presentie.</source>
        <translation>Vandaag zijn er geen lessen op locatie {site}. Een andere dag kiest u in Presentie.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/today/page.py" line="254"/>
        <source>Vandaag zijn er geen lessen gepland.</source>
        <translation>Vandaag zijn er geen lessen gepland.</translation>
    </message>
</context>
<context>
    <name>TrainerConfirm</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="82"/>
        <source>Kies een pincode (5-8 cijfers). De praktijkopleider gebruikt die bij elke volgende aftekening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="93"/>
        <source>Praktijkopleider</source>
        <translation type="unfinished">Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="96"/>
        <source>Kies een pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="97"/>
        <source>Herhaal de pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="98"/>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="104"/>
        <source>Handtekening van de praktijkopleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="136"/>
        <source>Het leerbedrijf heeft geen praktijkopleiders; leg die eerst vast onder Beheer &gt; Praktijkopleiders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="155"/>
        <source> (eigen praktijkopleider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="157"/>
        <source> · geblokkeerd tot {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="160"/>
        <source> · nog geen pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="197"/>
        <source>Kies de praktijkopleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="204"/>
        <source>De twee pincodes zijn niet gelijk; typ dezelfde pincode twee keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="225"/>
        <source>Laat de praktijkopleider de pincode typen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/trainer_confirm.py" line="239"/>
        <source>Zet eerst een handtekening; er is niets afgetekend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="92"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="93"/>
        <source>Een korte code, zoals PO-PIET; zo heet de praktijkopleider in de Excel-werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="95"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="96"/>
        <source>Leerbedrijf</source>
        <translation type="unfinished">Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="97"/>
        <source>Het leerbedrijf waar de praktijkopleider werkt. Nieuwe leerbedrijven maakt u onder Leerbedrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="99"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="100"/>
        <source>Telefoon</source>
        <translation type="unfinished">Telefoon</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="101"/>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="105"/>
        <source>Pincode herstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="108"/>
        <source>Alleen een beheerder herstelt een pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="110"/>
        <source>Een praktijkopleider kiest de pincode zelf bij de eerste aftekening; na vijf verkeerde pincodes is hij of zij 15 minuten geblokkeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="130"/>
        <source>(kies een leerbedrijf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="138"/>
        <source> (gearchiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="191"/>
        <source>De pincode van {name} ({company}) herstellen? De huidige pincode vervalt en een blokkade wordt opgeheven. Bij de volgende aftekening kiest {name} zelf een nieuwe pincode (5 tot 8 cijfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="194"/>
        <source>Pincode herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="204"/>
        <source>De pincode van {name} is hersteld; bij de volgende aftekening kiest {name} een nieuwe pincode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainersPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="214"/>
        <source>Praktijkopleiders</source>
        <translation type="unfinished">Praktijkopleiders</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="57"/>
        <source>ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="58"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="215"/>
        <source>De praktijkopleiders van de leerbedrijven: zij tekenen af en beoordelen in de praktijk. Een praktijkopleider hoort bij één leerbedrijf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="218"/>
        <source>praktijkopleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="219"/>
        <source>praktijkopleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="220"/>
        <source>Nieuwe praktijkopleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="223"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="225"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="227"/>
        <source>Leerbedrijf</source>
        <translation type="unfinished">Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="228"/>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="233"/>
        <source>Praktijkopleider {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="43"/>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="54"/>
        <source>geblokkeerd tot {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="46"/>
        <source>pincode ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/trainers.py" line="47"/>
        <source>geen pincode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="44"/>
        <source>De naam om mee in te loggen, bijvoorbeeld pbakker: 2 tot 64 kleine letters, cijfers, punt, - of _. Hij verandert na het opslaan niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="48"/>
        <source>De naam zoals BVM Desk hem toont, bijvoorbeeld Petra Bakker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="60"/>
        <source>Gebruikersnaam</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="61"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="62"/>
        <source>Rol</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="63"/>
        <source>Eerste wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="65"/>
        <source>Geef dit wachtwoord de nieuwe gebruiker persoonlijk; bij de eerste keer inloggen kiest hij of zij een eigen wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="obsolete">Opslaan</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation type="obsolete">Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="obsolete">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="84"/>
        <source>Wachtwoord herstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="86"/>
        <source>Een tijdelijk wachtwoord; bij de volgende keer inloggen kiest de gebruiker een eigen wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="89"/>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="90"/>
        <source>De blokkade na vijf verkeerde wachtwoorden nu opheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="154"/>
        <source>Nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="183"/>
        <source>Kies links een gebruiker, of klik op Nieuwe gebruiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="185"/>
        <source>Kies links een gebruiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="194"/>
        <source>{name} ({username})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="204"/>
        <source>Uw eigen rol wijzigt een andere beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="210"/>
        <source>Uitschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="211"/>
        <source>Inschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="214"/>
        <source>U kunt uw eigen account niet uitschakelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="227"/>
        <source>Dit account is actief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="228"/>
        <source>Dit account is uitgeschakeld: het kan niet inloggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="230"/>
        <source>Geblokkeerd tot {time} na vijf verkeerde wachtwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users_form.py" line="233"/>
        <source>Moet bij de volgende keer inloggen een eigen wachtwoord kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="93"/>
        <source>Gebruikers</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Alleen bekijken: gebruikers toevoegen en wijzigen kan nu nog met de opdrachtregel (bvmdesk user add).</source>
        <translation type="vanished">Alleen bekijken: gebruikers toevoegen en wijzigen kan nu nog met de opdrachtregel (bvmdesk user add).</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="vanished">Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="56"/>
        <source>geblokkeerd tot {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="59"/>
        <source>moet wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="96"/>
        <source>De accounts van beheerders en instructeurs. Vijf verkeerde wachtwoorden blokkeren een account 15 minuten; een beheerder kan het eerder ontgrendelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="102"/>
        <source>U kunt dit alleen bekijken; een beheerder wijzigt het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="105"/>
        <source>Zoeken</source>
        <translation type="unfinished">Zoeken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="106"/>
        <source>Zoek op gebruikersnaam of naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="109"/>
        <source>Nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="110"/>
        <source>Een nieuwe gebruiker (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="118"/>
        <source>Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="119"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="121"/>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="202"/>
        <source>gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="202"/>
        <source>gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="204"/>
        <source>{n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="206"/>
        <source>{shown} van {n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="233"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="253"/>
        <source>De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="234"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="254"/>
        <source>Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="273"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="339"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="363"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="386"/>
        <source>gebruikers beheren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="284"/>
        <source>{name} is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="291"/>
        <source>Vul een gebruikersnaam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="305"/>
        <source>{name} is toegevoegd. Bij de eerste keer inloggen kiest {name} een eigen wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="313"/>
        <source>Verbeter de rode tekst; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="342"/>
        <location filename="../../bvmdesk/ui/admin/users.py" line="347"/>
        <source>Wachtwoord herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="343"/>
        <source>Tijdelijk wachtwoord voor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="344"/>
        <source>Typ een tijdelijk wachtwoord en geef het {name} persoonlijk. Bij de volgende keer inloggen kiest {name} een eigen wachtwoord. Een blokkade wordt opgeheven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="354"/>
        <source>Het wachtwoord van {name} is hersteld; bij de volgende keer inloggen kiest {name} een eigen wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="366"/>
        <source>{name} ({username}) uitschakelen? Het account kan dan niet meer inloggen; u kunt het later weer inschakelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="369"/>
        <source>Uitschakelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="376"/>
        <source>{name} is ingeschakeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="377"/>
        <source>{name} is uitgeschakeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="393"/>
        <source>{name} is ontgrendeld en kan weer inloggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="60"/>
        <source>actief</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/users.py" line="54"/>
        <source>uitgeschakeld</source>
        <translation>uitgeschakeld</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="56"/>
        <source>Geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="57"/>
        <source>Ongeldig (gewijzigd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="59"/>
        <source>Onbekende sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="61"/>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="62"/>
        <source>Vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="64"/>
        <source>Verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="65"/>
        <source>Geen certificaatcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="67"/>
        <source>Niet gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="75"/>
        <source>Certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="77"/>
        <source>Bewijs van deelname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="98"/>
        <source>Certificaat verifiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="101"/>
        <source>Scan de QR-code van het certificaat, of plak de code (of het webadres uit de QR-code) hieronder en druk op Enter. Een PDF van BVM Desk kunt u ook kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="107"/>
        <source>BVM1:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="110"/>
        <source>Certificaatcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="112"/>
        <source>PDF kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="123"/>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="267"/>
        <source>Wacht op een code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="145"/>
        <source>Nummer</source>
        <translation type="unfinished">Nummer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="145"/>
        <source>Module</source>
        <translation type="unfinished">Module</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="146"/>
        <source>Soort</source>
        <translation type="unfinished">Soort</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="146"/>
        <source>Uitgegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="147"/>
        <source>Locatie</source>
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="147"/>
        <source>Geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="167"/>
        <source>Sluiten</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="196"/>
        <source>Dit is geen certificaatcode van BVM Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="208"/>
        <source>Kan {file} niet lezen: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="216"/>
        <source>{file} is een afdrukbestand met de bladzijden van een reeks certificaten; zo&apos;n bestand draagt zelf geen certificaatcode. Scan de QR-code op een bladzijde, of kies de PDF van één certificaat (Opslaan als…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="222"/>
        <source>Het bestand {file} bevat geen certificaatcode van BVM Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="245"/>
        <source>verloopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="283"/>
        <source>PDF kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/certificates/verify_dialog.py" line="284"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPageBox</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="51"/>
        <source>Controleren met een telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="54"/>
        <source>Met een verificatieadres opent de QR-code van nieuwe certificaten de verificatiepagina van de BVM: een telefooncamera is genoeg om een certificaat te controleren, zonder BVM Desk en zonder server. Zet de pagina op dat adres; maak en publiceer hem opnieuw als een locatie een nieuwe of vervangen sleutel krijgt. Uitgegeven certificaten blijven zoals ze zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="66"/>
        <source>Leeg: de QR-code bevat alleen de code, zoals voorheen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="72"/>
        <source>Verificatieadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="73"/>
        <source>Adres opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="74"/>
        <source>Verificatiepagina maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="106"/>
        <source>Het verificatieadres is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="109"/>
        <source>het verificatieadres wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="111"/>
        <source>Niet bevestigd; het verificatieadres is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="120"/>
        <source>Verificatieadres gewist: nieuwe certificaten krijgen alleen de code in hun QR-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="123"/>
        <source>Opgeslagen. De QR-code van nieuwe certificaten opent {address}. Zet daar de verificatiepagina neer (Verificatiepagina maken…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="127"/>
        <source>Let op: browsers controleren de handtekening alleen op een pagina die via https:// komt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="141"/>
        <source>Zet index.html op {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="143"/>
        <source>Stel ook het verificatieadres in: het adres waar u index.html neerzet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="146"/>
        <source>De verificatiepagina staat in {folder}: index.html, met de sleutels {keys}, en README.txt voor wie hem publiceert. {where} Krijgt een locatie een nieuwe of vervangen sleutel, maak en publiceer de pagina dan opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/certificates_page.py" line="158"/>
        <source>Map voor de verificatiepagina</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerzuimForm</name>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="283"/>
        <source>Verzuimrapport</source>
        <translation>Verzuimrapport</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="284"/>
        <source>Alle verzuimsignalen (Leerplichtwet) tot en met de peildatum, met de lessen die meetellen en of het signaal aan de school is overgedragen.</source>
        <translation>Alle verzuimsignalen (Leerplichtwet) tot en met de peildatum, met de lessen die meetellen en of het signaal aan de school is overgedragen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/reports/forms.py" line="288"/>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
</context>
<context>
    <name>VerzuimPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="175"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="180"/>
        <source>Overdracht intrekken</source>
        <translation>Overdracht intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="177"/>
        <source>Overgedragen aan school…</source>
        <translation>Overgedragen aan school…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="179"/>
        <source>Vastleggen dat dit signaal aan de school is doorgegeven (die meldt het bij DUO)</source>
        <translation>Vastleggen dat dit signaal aan de school is doorgegeven (die meldt het bij DUO)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="181"/>
        <source>Naar deelnemer</source>
        <translation>Naar deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="192"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="197"/>
        <source>Bezig met laden…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="199"/>
        <source>(bijwerken…)</source>
        <translation>(bijwerken…)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="204"/>
        <source>De verzuimsignalen konden niet worden gelezen: {error}</source>
        <translation>De verzuimsignalen konden niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="214"/>
        <source>Geen verzuimsignalen tot en met {day}.</source>
        <translation>Geen verzuimsignalen tot en met {day}.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="218"/>
        <source>Geen verzuimsignalen die nog aan de school moeten worden overgedragen.</source>
        <translation>Geen verzuimsignalen die nog aan de school moeten worden overgedragen.</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="244"/>
        <source>Overdracht van het verzuimsignaal van {name} ({period}) intrekken?</source>
        <translation>Overdracht van het verzuimsignaal van {name} ({period}) intrekken?</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="313"/>
        <source>Naar deelnemer</source>
        <translation>Naar deelnemer</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="320"/>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="324"/>
        <source>Bezig met laden…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="326"/>
        <source>(bijwerken…)</source>
        <translation>(bijwerken…)</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="331"/>
        <source>De waarschuwingen konden niet worden gelezen: {error}</source>
        <translation>De waarschuwingen konden niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/attendance/panels.py" line="341"/>
        <source>Iedereen zit op of boven de minimale aanwezigheid van zijn module.</source>
        <translation>Iedereen zit op of boven de minimale aanwezigheid van zijn module.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../bvmdesk/ui/start/window_lock.py" line="85"/>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/window_lock.py" line="88"/>
        <source>BVM Desk vergrendelen als u de pc verlaat ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/start/window_lock.py" line="172"/>
        <source>Onjuist wachtwoord. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="26"/>
        <source>Waarom? Bijvoorbeeld: verkeerde taak aangevinkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="obsolete">Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="25"/>
        <source>Intrekken</source>
        <translation type="unfinished">Intrekken</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="27"/>
        <source>Geef een reden van minstens {count} tekens; er is niets ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/signoffs/withdraw.py" line="41"/>
        <source>Aftekening van taak {code} ({description}) voor {name} intrekken? Afgetekend op {date} door {trainer}. De aftekening blijft in de geschiedenis staan, met uw reden; de taak is daarna weer open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkProcessDialog</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="52"/>
        <source>Werkproces toevoegen aan {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="55"/>
        <source>Werkproces {code} wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="58"/>
        <source>Zoals B1-K1-W1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="60"/>
        <source>De code uit het kwalificatiedossier: B1-K1-W1 (basisdeel) of P1-K1-W1 (profieldeel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="64"/>
        <source>Zoals: Bereidt de werkzaamheden voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="68"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="69"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="70"/>
        <source>Opslaan</source>
        <translation type="unfinished">Opslaan</translation>
    </message>
</context>
<context>
    <name>WorkProcessList</name>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="139"/>
        <source>Werkprocessen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="141"/>
        <source>dubbelklik om te wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="144"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="145"/>
        <source>Naam</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="148"/>
        <source>Dubbelklik op een werkproces (of Enter) om het te wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="155"/>
        <source>Werkproces toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="157"/>
        <source>Archiveren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="196"/>
        <source>Werkprocessen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="225"/>
        <source>Werkproces {code} is toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="226"/>
        <source>Werkproces {code} is gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="235"/>
        <source>Werkproces {code} archiveren? Het verdwijnt uit de keuzes van beoordelingsformulieren en aftekentaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="237"/>
        <source>Archiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/admin/modules_work.py" line="245"/>
        <source>Werkproces {code} is gearchiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../bvmdesk/ui/workers.py" line="160"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bvmdesk/ui/workers.py" line="166"/>
        <source>Bezig met annuleren…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../bvmdesk/ui/assessments/dialogs.py" line="37"/>
        <source>Annuleren</source>
        <translation type="unfinished">Annuleren</translation>
    </message>
</context>
</TS>
