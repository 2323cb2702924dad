<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="37" />
            <source>Locaties</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="38" />
            <source>het beheer van de locaties van de BVM</source>
            <translation>het beheer van de locaties van de BVM</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="39" />
            <source>Gebruikers</source>
            <translation>Gebruikers</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="40" />
            <source>Leerbedrijven</source>
            <translation>Leerbedrijven</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="41" />
            <source>het beheer van leerbedrijven met hun SBB leerbedrijf-ID</source>
            <translation>het beheer van leerbedrijven met hun SBB leerbedrijf-ID</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="42" />
            <source>Praktijkopleiders</source>
            <translation>Praktijkopleiders</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="43" />
            <source>het beheer van praktijkopleiders per leerbedrijf</source>
            <translation>het beheer van praktijkopleiders per leerbedrijf</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="44" />
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="45" />
            <source>het beheer van modules met uren, werkprocessen en beoordelingsformulieren</source>
            <translation>het beheer van modules met uren, werkprocessen en beoordelingsformulieren</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="47" />
            <source>Groepen</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="48" />
            <source>het beheer van groepen, hun lessen en inschrijvingen</source>
            <translation>het beheer van groepen, hun lessen en inschrijvingen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="49" />
            <source>Vakanties</source>
            <translation>Vakanties</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="50" />
            <source>het invoeren van de schoolvakanties per locatie, die niet meetellen voor verzuimsignalen</source>
            <translation>het invoeren van de schoolvakanties per locatie, die niet meetellen voor verzuimsignalen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="52" />
            <source>Importeren</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="53" />
            <source>het importeren van een Excel-werkmap of CSV-map, helemaal of helemaal niet</source>
            <translation>het importeren van een Excel-werkmap of CSV-map, helemaal of helemaal niet</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="55" />
            <source>Exporteren</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="56" />
            <source>het exporteren van alle gegevens als Excel-werkmap of CSV-map</source>
            <translation>het exporteren van alle gegevens als Excel-werkmap of CSV-map</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="58" />
            <source>Back-ups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="59" />
            <source>het maken, bekijken en terugzetten van back-ups</source>
            <translation>het maken, bekijken en terugzetten van back-ups</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="60" />
            <source>Synchronisatie</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="61" />
            <source>het uitwisselen van gegevens met de andere locaties en de centrale database</source>
            <translation>het uitwisselen van gegevens met de andere locaties en de centrale database</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="63" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="64" />
            <source>het auditlogboek: wie wat wanneer heeft gewijzigd, met controle van de keten</source>
            <translation>het auditlogboek: wie wat wanneer heeft gewijzigd, met controle van de keten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="66" />
            <source>Instellingen</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="113" />
            <source>Beheer</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="114" />
            <source>Zoek een onderdeel</source>
            <translation>Zoek een onderdeel</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../bvmdesk/app.py" line="103" />
            <source>De snelle controle van de database vond problemen:
{problems}

Maak geen wijzigingen meer, sluit BVM Desk en laat de beheerder 'bvmdesk check' uitvoeren of een back-up terugzetten.</source>
            <translation>De snelle controle van de database vond problemen:
{problems}

Maak geen wijzigingen meer, sluit BVM Desk en laat de beheerder 'bvmdesk check' uitvoeren of een back-up terugzetten.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/crash.py" line="17" />
            <source>BVM Desk is op een onverwachte fout gestuit ({kind}). Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</source>
            <translation>BVM Desk is op een onverwachte fout gestuit ({kind}). Wat al was opgeslagen, blijft bewaard. De details staan in het logbestand:
{path}

Geef dat bestand aan de beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/crash.py" line="41" />
            <source>Afsluiten</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/crash.py" line="43" />
            <source>Doorgaan</source>
            <translation>Doorgaan</translation>
        </message>
    </context>
    <context>
        <name>DemoAccountsDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="43" />
            <source>BVM Desk: demo-accounts</source>
            <translation>BVM Desk: demo-accounts</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="44" />
            <source>De demodatabase is klaar</source>
            <translation>De demodatabase is klaar</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="47" />
            <source>Log in met een van deze accounts. Ze horen alleen bij de demodatabase; selecteer een regel en kopieer hem met Ctrl+C als u wilt.</source>
            <translation>Log in met een van deze accounts. Ze horen alleen bij de demodatabase; selecteer een regel en kopieer hem met Ctrl+C als u wilt.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="52" />
            <source>Gebruikersnaam</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="52" />
            <source>Wachtwoord</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="52" />
            <source>Rol</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="58" />
            <source>beheerder</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="58" />
            <source>instructeur</source>
            <translation>instructeur</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="63" />
            <source>Naar inloggen</source>
            <translation>Naar inloggen</translation>
        </message>
    </context>
    <context>
        <name>DemoDatabase</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="121" />
            <source>De demodatabase wordt gemaakt…</source>
            <translation>De demodatabase wordt gemaakt…</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="145" />
            <source>De demodatabase bestaat al. Openen zoals hij is, of opnieuw maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe demo-accounts.</source>
            <translation>De demodatabase bestaat al. Openen zoals hij is, of opnieuw maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe demo-accounts.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="149" />
            <source>Openen</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="151" />
            <source>Opnieuw maken</source>
            <translation>Opnieuw maken</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/demo.py" line="153" />
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentsPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="30" />
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="63" />
            <source>Inschrijvingen</source>
            <translation>Inschrijvingen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="32" />
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="73" />
            <source>Geen inschrijvingen.</source>
            <translation>Geen inschrijvingen.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Groep</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Locatie</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="36" />
            <source>Van</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="37" />
            <source>Tot</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="37" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="37" />
            <source>Leerbedrijf</source>
            <translation>Leerbedrijf</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="38" />
            <source>Praktijkopleider</source>
            <translation>Praktijkopleider</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="62" />
            <source>Inschrijvingen van {name}</source>
            <translation>Inschrijvingen van {name}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/enrolments.py" line="74" />
            <source>Kies een deelnemer om de inschrijvingen te zien.</source>
            <translation>Kies een deelnemer om de inschrijvingen te zien.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="41" />
            <source>BVM Desk: eerste start</source>
            <translation>BVM Desk: eerste start</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="43" />
            <source>Welkom bij BVM Desk</source>
            <translation>Welkom bij BVM Desk</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="46" />
            <source>De database {database} is nog niet ingericht. Richt hem in voor uw locatie, of bekijk eerst de demodatabase met verzonnen gegevens.</source>
            <translation>De database {database} is nog niet ingericht. Richt hem in voor uw locatie, of bekijk eerst de demodatabase met verzonnen gegevens.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="52" />
            <source>bijvoorbeeld ZWL</source>
            <translation>bijvoorbeeld ZWL</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="55" />
            <source>bijvoorbeeld Zwolle</source>
            <translation>bijvoorbeeld Zwolle</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="57" />
            <source>bijvoorbeeld pbakker</source>
            <translation>bijvoorbeeld pbakker</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="59" />
            <source>bijvoorbeeld Petra Bakker</source>
            <translation>bijvoorbeeld Petra Bakker</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="62" />
            <source>minstens 10 tekens</source>
            <translation>minstens 10 tekens</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="76" />
            <source>Locatiecode</source>
            <translation>Locatiecode</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="77" />
            <source>Naam van de locatie</source>
            <translation>Naam van de locatie</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="78" />
            <source>Gebruikersnaam beheerder</source>
            <translation>Gebruikersnaam beheerder</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="79" />
            <source>Volledige naam</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="80" />
            <source>Wachtwoord</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="81" />
            <source>Wachtwoord herhalen</source>
            <translation>Wachtwoord herhalen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="89" />
            <source>Locatie inrichten</source>
            <translation>Locatie inrichten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="94" />
            <source>Deze locatie inrichten</source>
            <translation>Deze locatie inrichten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="99" />
            <source>Voor het echte werk: de code en naam van deze locatie en de eerste beheerder.</source>
            <translation>Voor het echte werk: de code en naam van deze locatie en de eerste beheerder.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="106" />
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="115" />
            <source>Demodatabase openen</source>
            <translation>Demodatabase openen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="111" />
            <source>Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts te zien om mee in te loggen.</source>
            <translation>Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts te zien om mee in te loggen.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="121" />
            <source>Afsluiten</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/first_start.py" line="159" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="32" />
            <source>BVM Desk: inloggen</source>
            <translation>BVM Desk: inloggen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="35" />
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="57" />
            <source>Inloggen</source>
            <translation>Inloggen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="37" />
            <source>{site} · database {database}</source>
            <translation>{site} · database {database}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="43" />
            <source>bijvoorbeeld pbakker</source>
            <translation>bijvoorbeeld pbakker</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="48" />
            <source>Gebruikersnaam</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="49" />
            <source>Wachtwoord</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="61" />
            <source>Afsluiten</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/login.py" line="84" />
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="85" />
            <source>Geen locatie ingericht</source>
            <translation>Geen locatie ingericht</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="87" />
            <source>Locatie {name} ({code})</source>
            <translation>Locatie {name} ({code})</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="89" />
            <source>alleen lezen</source>
            <translation>alleen lezen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="90" />
            <source>Ingelogd: {name} ({role})</source>
            <translation>Ingelogd: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/main_window.py" line="91" />
            <source>Database: {label}</source>
            <translation>Database: {label}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/messages.py" line="25" />
            <source>Er ging iets mis dat we niet hadden verwacht ({kind}). Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</source>
            <translation>Er ging iets mis dat we niet hadden verwacht ({kind}). Uw opgeslagen gegevens zijn veilig. Geef het logbestand aan de beheerder: {path}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/dialogs/messages.py" line="34" />
            <source>BVM Desk</source>
            <translation>BVM Desk</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="27" />
            <source>Vandaag</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="27" />
            <source>het overzicht van vandaag: uw lessen, wie er ziek gemeld is en wat nog afgetekend of beoordeeld moet worden</source>
            <translation>het overzicht van vandaag: uw lessen, wie er ziek gemeld is en wat nog afgetekend of beoordeeld moet worden</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="30" />
            <source>Presentie</source>
            <translation>Presentie</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="31" />
            <source>het presentieregister per les: één toets per status (A, L, V, Z, G, O), badge scannen en 'Iedereen aanwezig'</source>
            <translation>het presentieregister per les: één toets per status (A, L, V, Z, G, O), badge scannen en 'Iedereen aanwezig'</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="33" />
            <source>Deelnemers</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="34" />
            <source>alle deelnemers zoeken en hun gegevens en inschrijvingen bekijken</source>
            <translation>alle deelnemers zoeken en hun gegevens en inschrijvingen bekijken</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="36" />
            <source>Beoordelingen</source>
            <translation>Beoordelingen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="37" />
            <source>praktijkbeoordelingen per werkproces vastleggen op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar</source>
            <translation>praktijkbeoordelingen per werkproces vastleggen op het beoordelingsformulier, met de praktijkopleider als tweede beoordelaar</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="40" />
            <source>Aftekenen</source>
            <translation>Aftekenen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="41" />
            <source>aftekeningen van werkprocessen en bpv-uren door de praktijkopleider, op het scherm of van een getekende kaart</source>
            <translation>aftekeningen van werkprocessen en bpv-uren door de praktijkopleider, op het scherm of van een getekende kaart</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="43" />
            <source>Certificaten</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="44" />
            <source>certificaten en bewijzen van deelname maken, controleren en zo nodig intrekken</source>
            <translation>certificaten en bewijzen van deelname maken, controleren en zo nodig intrekken</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="46" />
            <source>Rapportages</source>
            <translation>Rapportages</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="47" />
            <source>overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF</source>
            <translation>overzichten van presentie, verzuimsignalen en uren per deelnemer en per financier, als Excel of PDF</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="49" />
            <source>Beheer</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/navigation.py" line="49" />
            <source>locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen</source>
            <translation>locaties, gebruikers, leerbedrijven, modules, groepen, import en export, back-ups, synchronisatie en instellingen</translation>
        </message>
    </context>
    <context>
        <name>NotBuiltNotice</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/placeholder.py" line="22" />
            <source>Deze pagina is nog niet gebouwd. Hier komt straks {purpose}.</source>
            <translation>Deze pagina is nog niet gebouwd. Hier komt straks {purpose}.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetailPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="57" />
            <source>Kies een deelnemer in de lijst om de gegevens te zien.</source>
            <translation>Kies een deelnemer in de lijst om de gegevens te zien.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="72" />
            <source>Alleen beheerders kunnen persoonsgegevens wijzigen.</source>
            <translation>Alleen beheerders kunnen persoonsgegevens wijzigen.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="84" />
            <source>(geen datum)</source>
            <translation>(geen datum)</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="105" />
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="106" />
            <source>Voornamen</source>
            <translation>Voornamen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="107" />
            <source>Tussenvoegsel</source>
            <translation>Tussenvoegsel</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="108" />
            <source>Achternaam</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="109" />
            <source>Geboortedatum</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="110" />
            <source>Doelgroep</source>
            <translation>Doelgroep</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="111" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="112" />
            <source>Studentnummer</source>
            <translation>Studentnummer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="113" />
            <source>Financier</source>
            <translation>Financier</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="114" />
            <source>Leerbedrijf</source>
            <translation>Leerbedrijf</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="115" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="116" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="117" />
            <source>Telefoon</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="134" />
            <source>Notitie</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="143" />
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="144" />
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="147" />
            <source>Opslaan (Ctrl+S)</source>
            <translation>Opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="191" />
            <source>(geen)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="212" />
            <source>Nieuwe deelnemer</source>
            <translation>Nieuwe deelnemer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="215" />
            <source>leeg laten: nummer wordt uitgedeeld</source>
            <translation>leeg laten: nummer wordt uitgedeeld</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="302" />
            <source>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</source>
            <translation>Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_detail.py" line="308" />
            <source>Opgeslagen.</source>
            <translation>Opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="43" />
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="43" />
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="43" />
            <source>Doelgroep</source>
            <translation>Doelgroep</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="44" />
            <source>Groepen</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participant_model.py" line="44" />
            <source>Leerbedrijf</source>
            <translation>Leerbedrijf</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="52" />
            <source>Deelnemers</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="53" />
            <source>Nieuwe deelnemer</source>
            <translation>Nieuwe deelnemer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="55" />
            <source>Naam, nummer of scan badge</source>
            <translation>Naam, nummer of scan badge</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="140" />
            <source>1 deelnemer</source>
            <translation>1 deelnemer</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/participants.py" line="141" />
            <source>{count} deelnemers</source>
            <translation>{count} deelnemers</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/placeholder.py" line="45" />
            <source>Zoeken</source>
            <translation>Zoeken</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../bvmdesk/ui/formatting.py" line="37" />
            <source>beheerder</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/formatting.py" line="38" />
            <source>instructeur</source>
            <translation>instructeur</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="27" />
            <source>Instellingen</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="36" />
            <source>De taal van de schermen. Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</source>
            <translation>De taal van de schermen. Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start.</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="43" />
            <source>Taal</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="44" />
            <source>Opslaan</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="70" />
            <source>De instellingen konden niet worden opgeslagen: {reason}</source>
            <translation>De instellingen konden niet worden opgeslagen: {reason}</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/settings.py" line="74" />
            <source>Opgeslagen. De nieuwe taal gaat in zodra u BVM Desk opnieuw start.</source>
            <translation>Opgeslagen. De nieuwe taal gaat in zodra u BVM Desk opnieuw start.</translation>
        </message>
    </context>
    <context>
        <name>UsersPanel</name>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="76" />
            <source>Gebruikers</source>
            <translation>Gebruikers</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="78" />
            <source>Alleen bekijken: gebruikers toevoegen en wijzigen kan nu nog met de opdrachtregel (bvmdesk user add).</source>
            <translation>Alleen bekijken: gebruikers toevoegen en wijzigen kan nu nog met de opdrachtregel (bvmdesk user add).</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Gebruikersnaam</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Rol</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="84" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="96" />
            <source>actief</source>
            <translation>actief</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/pages/admin.py" line="96" />
            <source>uitgeschakeld</source>
            <translation>uitgeschakeld</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../bvmdesk/ui/workers.py" line="155" />
            <source>Annuleren</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../bvmdesk/ui/workers.py" line="161" />
            <source>Bezig met annuleren…</source>
            <translation>Bezig met annuleren…</translation>
        </message>
    </context>
</TS>
