<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../gui/audit_page.py" line="72"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="73"/>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="74"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="75"/>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="76"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="77"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../gui/audit_page.py" line="107"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="110"/>
        <source>word in the details</source>
        <translation>mot dans les détails</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="111"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="113"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="115"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="140"/>
        <source>Check the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="142"/>
        <source>Recompute every entry&apos;s hash: a changed or removed entry shows here</source>
        <translation>Recalcule l&apos;empreinte de chaque entrée&#xa0;: une entrée modifiée ou supprimée apparaît ici</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="147"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="163"/>
        <source>Every change is recorded here, append-only: entries cannot be edited or deleted, and each carries the fingerprint of the one before.</source>
        <translation>Chaque modification est enregistrée ici, en ajout seul&#xa0;: aucune entrée ne peut être modifiée ni supprimée, et chacune porte l&apos;empreinte de la précédente.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="188"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="192"/>
        <source>{family}* (all)</source>
        <translation>{family}* (toutes)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="212"/>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="223"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>La chaîne de {n} entrées est intacte.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="229"/>
        <source>The chain is broken at entry #{id}: that entry or the one before it was changed or removed outside Clearlist.</source>
        <translation>La chaîne est rompue à l&apos;entrée n°&#xa0;{id}&#xa0;: cette entrée ou la précédente a été modifiée ou supprimée en dehors de Clearlist.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../gui/backup_page.py" line="42"/>
        <source>A backup is a copy of the whole workspace, encrypted with the same key. Keep it on another disk or a USB key. To restore it, this workspace&apos;s key is needed (the system keyring entry, or the passphrase).</source>
        <translation>Une sauvegarde est une copie de tout l&apos;espace de travail, chiffrée avec la même clé. Conservez-la sur un autre disque ou sur une clé USB. Pour la restaurer, il faut la clé de cet espace de travail (l&apos;entrée du trousseau du système, ou la phrase secrète).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="54"/>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="57"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="75"/>
        <source>This workspace has never been backed up.</source>
        <translation>Cet espace de travail n&apos;a jamais été sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="77"/>
        <source>Last backup: {date} ({days} days ago).</source>
        <translation>Dernière sauvegarde&#xa0;: {date} (il y a {days} jours).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="81"/>
        <source>Make a backup now: the last one is more than a week old.</source>
        <translation>Faites une sauvegarde maintenant&#xa0;: la dernière date de plus d&apos;une semaine.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="94"/>
        <source>Back up the workspace</source>
        <translation>Sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="96"/>
        <source>Clearlist backup (*.clbackup)</source>
        <translation>Sauvegarde Clearlist (*.clbackup)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="128"/>
        <source>Backup written: {name} ({mb} MB)</source>
        <translation>Sauvegarde écrite&#xa0;: {name} ({mb} Mo)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="142"/>
        <location filename="../../gui/backup_page.py" line="150"/>
        <location filename="../../gui/backup_page.py" line="168"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="144"/>
        <source>Clearlist backup (*.clbackup);;All files (*)</source>
        <translation>Sauvegarde Clearlist (*.clbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="152"/>
        <source>Replace everything in this workspace with the backup {name}? Changes made since that backup are lost. The file is checked first: a file that is not a backup of this workspace is refused and nothing changes.</source>
        <translation>Remplacer tout le contenu de cet espace de travail par la sauvegarde {name}&#xa0;? Les modifications faites depuis cette sauvegarde seront perdues. Le fichier est d&apos;abord vérifié&#xa0;: un fichier qui n&apos;est pas une sauvegarde de cet espace de travail est refusé, et rien ne change.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="172"/>
        <source>The workspace was restored from {name}.</source>
        <translation>L&apos;espace de travail a été restauré à partir de {name}.</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <location filename="../../gui/breaches_page.py" line="72"/>
        <source>Record a breach</source>
        <translation>Enregistrer une violation</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="80"/>
        <source>What happened, when, how it was discovered</source>
        <translation>Ce qui s&apos;est passé, quand, comment cela a été découvert</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="82"/>
        <source>e.g. names, e-mail addresses, phones</source>
        <translation>ex.&#xa0;: noms, adresses e-mail, téléphones</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="84"/>
        <source>e.g. prospects, customers</source>
        <translation>ex.&#xa0;: prospects, clients</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="88"/>
        <source>e.g. unwanted e-mails, phishing attempts</source>
        <translation>ex.&#xa0;: e-mails indésirables, tentatives d&apos;hameçonnage</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="90"/>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="91"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="92"/>
        <source>low (unlikely to harm anyone)</source>
        <translation>faible (préjudice peu probable)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="93"/>
        <source>a risk to the people</source>
        <translation>un risque pour les personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="94"/>
        <source>a high risk to the people</source>
        <translation>un risque élevé pour les personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="97"/>
        <source>What was done to stop it and limit the harm</source>
        <translation>Ce qui a été fait pour y mettre fin et en limiter les conséquences</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="98"/>
        <source>Authority (CNIL / IMY) told on</source>
        <translation>Autorité (CNIL / IMY) notifiée le</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="103"/>
        <source>Required when the authority is told more than 72 hours after</source>
        <translation>Obligatoire si l&apos;autorité est notifiée plus de 72 heures après</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="105"/>
        <source>People told on</source>
        <translation>Personnes informées le</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="126"/>
        <source>Noticed on</source>
        <translation>Constatée le</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="127"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="128"/>
        <source>Kinds of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="129"/>
        <source>Kinds of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="130"/>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="131"/>
        <source>Number of records</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="132"/>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="133"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="134"/>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="136"/>
        <source>Reasons for the delay</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="141"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="143"/>
        <source>A source&apos;s contacts…</source>
        <translation>Les contacts d&apos;une source…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="145"/>
        <source>Save the list (CSV)…</source>
        <translation>Enregistrer la liste (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="148"/>
        <source>&lt;b&gt;Affected contacts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts concernés&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="151"/>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="157"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="230"/>
        <source>Authority not told: {h} h {m} min LATE</source>
        <translation>Autorité non notifiée&#xa0;: {h} h {m} min de RETARD</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="232"/>
        <source>Authority not told: {h} h {m} min left</source>
        <translation>Autorité non notifiée&#xa0;: il reste {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="242"/>
        <source>Breaches in the log: {n}</source>
        <translation>Violations dans le registre&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="243"/>
        <source>Breaches to tell the authority: {n}</source>
        <translation>Violations à notifier à l&apos;autorité&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="284"/>
        <source>Save the breach first, then add the affected contacts.</source>
        <translation>Enregistrez d&apos;abord la violation, puis ajoutez les contacts concernés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="321"/>
        <source>{n} contacts attached.</source>
        <translation>{n} contacts rattachés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="363"/>
        <source>The breach record was saved.</source>
        <translation>La fiche de la violation a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="376"/>
        <source>The authority was told after the 72 hours (deadline {when}): the reasons for the delay are required.</source>
        <translation>L&apos;autorité a été notifiée après le délai de 72 heures (échéance le {when})&#xa0;: les motifs du retard sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="383"/>
        <source>The authority was told after the 72 hours (deadline {when}); the reasons for the delay are recorded.</source>
        <translation>L&apos;autorité a été notifiée après le délai de 72 heures (échéance le {when})&#xa0;; les motifs du retard sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="388"/>
        <source>The authority was told within the 72 hours.</source>
        <translation>L&apos;autorité a été notifiée dans le délai de 72 heures.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="392"/>
        <source>No notification to the authority is needed when a breach is unlikely to harm anyone; it stays in this log.</source>
        <translation>Aucune notification à l&apos;autorité n&apos;est nécessaire quand la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les personnes&#xa0;; elle reste inscrite dans ce registre.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="400"/>
        <source>The 72 hours ended {h} h {m} min ago ({when}). Tell the CNIL (France) or IMY (Sweden) now, and give the reasons for the delay.</source>
        <translation>Le délai de 72 heures a expiré il y a {h} h {m} min ({when}). Notifiez la CNIL (France) ou l&apos;IMY (Suède) dès maintenant, en indiquant les motifs du retard.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="406"/>
        <source>{h} h {m} min left to tell the CNIL (France) or IMY (Sweden): by {when}.</source>
        <translation>Il reste {h} h {m} min pour notifier la CNIL (France) ou l&apos;IMY (Suède)&#xa0;: au plus tard le {when}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="410"/>
        <source>A high risk: the people must be told too, without delay.</source>
        <translation>Risque élevé&#xa0;: les personnes concernées doivent aussi être informées, dans les meilleurs délais.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="419"/>
        <source>{n} contacts added.</source>
        <translation>{n} contacts ajoutés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="432"/>
        <source>Affected contacts</source>
        <translation>Contacts concernés</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="433"/>
        <source>Contacts from the source:</source>
        <translation>Contacts de la source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="446"/>
        <source>Save the affected contacts</source>
        <translation>Enregistrer les contacts concernés</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="448"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="457"/>
        <source>Breach log</source>
        <translation>Registre des violations</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="460"/>
        <source>{n} contacts written to {name}</source>
        <translation>{n} contacts écrits dans {name}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../gui/campaign_editor.py" line="44"/>
        <source>Your company&apos;s name and postal address, and a contact address</source>
        <translation>Nom et adresse postale de votre entreprise, et une adresse de contact</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="50"/>
        <source>e.g. accounting (for existing customers)</source>
        <translation>ex.&#xa0;: comptabilité (pour les clients existants)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="62"/>
        <source>The message carries a first-contact notice</source>
        <translation>Le message comporte la mention d&apos;information (art. 14)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="65"/>
        <source>Needed for contacts whose data was not collected from them (bought, rented, from the web or a partner): GDPR art. 14.</source>
        <translation>Obligatoire pour les contacts dont les données n&apos;ont pas été collectées auprès d&apos;eux (fichier acheté ou loué, web, partenaire)&#xa0;: RGPD, art. 14.</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="72"/>
        <source>Start from the template</source>
        <translation>Partir du modèle</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="84"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="85"/>
        <source>Sender identity</source>
        <translation>Identité de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="86"/>
        <source>Unsubscribe link or mailto:</source>
        <translation>Lien de désinscription ou mailto:</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="87"/>
        <source>Topic relates to</source>
        <translation>Le sujet concerne</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="88"/>
        <source>Product category</source>
        <translation>Catégorie de produits</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="89"/>
        <source>Law for contacts without a country</source>
        <translation>Droit applicable aux contacts sans pays</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="101"/>
        <source>Placeholders: {source_name} (each contact&apos;s precise source), {sender}, {unsubscribe} (the contact&apos;s own link), {authority} (CNIL or IMY).</source>
        <translation>Champs à insérer&#xa0;: {source_name} (la source précise de chaque contact), {sender}, {unsubscribe} (le lien propre au contact), {authority} (CNIL ou IMY).</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="165"/>
        <source>Blocked (it can be saved, not exported): </source>
        <translation>Bloquée (elle peut être enregistrée, mais pas exportée)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="180"/>
        <source>Ready to export.</source>
        <translation>Prête pour l&apos;export.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../gui/campaigns_page.py" line="52"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="53"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="54"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="55"/>
        <source>Open a campaign file…</source>
        <translation>Ouvrir un fichier de campagne…</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="56"/>
        <source>Save as campaign file…</source>
        <translation>Enregistrer comme fichier de campagne…</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="57"/>
        <source>Export contacts…</source>
        <translation>Exporter les contacts…</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="100"/>
        <source>Blocked: no sender identity or no unsubscribe means</source>
        <translation>Bloquée&#xa0;: identité de l&apos;expéditeur ou moyen de désinscription manquant</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="101"/>
        <source>(blocked)</source>
        <translation>(bloquée)</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="131"/>
        <source>Campaign saved.</source>
        <translation>Campagne enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="139"/>
        <source>Delete the campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="140"/>
        <source>Delete this campaign? Past exports keep their own copy of it.</source>
        <translation>Supprimer cette campagne&#xa0;? Les exports déjà faits en gardent leur propre copie.</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="150"/>
        <source>Open a campaign file</source>
        <translation>Ouvrir un fichier de campagne</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="150"/>
        <source>Campaign (*.json)</source>
        <translation>Campagne (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="170"/>
        <source>Save as campaign file</source>
        <translation>Enregistrer comme fichier de campagne</translation>
    </message>
    <message>
        <location filename="../../gui/campaigns_page.py" line="170"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../gui/contact_detail.py" line="70"/>
        <source>Select a contact to see and edit it here.

Ctrl+N adds a contact, Ctrl+F searches.</source>
        <translation>Sélectionnez un contact pour l&apos;afficher et le modifier ici.

Ctrl+N ajoute un contact, Ctrl+F lance une recherche.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="122"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="131"/>
        <source>Where this contact came from (read-only).</source>
        <translation>D&apos;où vient ce contact (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="139"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="141"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="143"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="183"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="185"/>
        <source>Two letters, e.g. FR, SE, GB</source>
        <translation>Deux lettres, ex.&#xa0;: FR, SE, GB</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="188"/>
        <source>tag; other tag</source>
        <translation>étiquette; autre étiquette</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="190"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="220"/>
        <source>function set by hand</source>
        <translation>fonction saisie à la main</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="222"/>
        <source>function derived from the job title</source>
        <translation>fonction déduite de l&apos;intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="225"/>
        <source>Added {added}, changed {changed}; {origin}.</source>
        <translation>Ajouté le {added}, modifié le {changed}&#xa0;; {origin}.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="239"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="241"/>
        <source>Only the e-mail address is required. It is recorded as entered by hand.</source>
        <translation>Seule l&apos;adresse e-mail est obligatoire. Le contact est enregistré comme saisi à la main.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="260"/>
        <source>{type}: {name} (acquired {date})</source>
        <translation>{type}&#xa0;: {name} (obtenu le {date})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="267"/>
        <source>None yet: recorded when you save.</source>
        <translation>Aucune pour l&apos;instant&#xa0;: elle sera enregistrée à la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="268"/>
        <source>Sources ({n})</source>
        <translation>Sources ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="334"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../gui/contacts_page.py" line="74"/>
        <source>Search names, companies, e-mail addresses, job titles (Ctrl+F)</source>
        <translation>Rechercher des noms, sociétés, adresses e-mail, intitulés de poste (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="84"/>
        <location filename="../../gui/contacts_page.py" line="179"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="85"/>
        <source>Add a contact by hand (Ctrl+N)</source>
        <translation>Ajouter un contact à la main (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="87"/>
        <location filename="../../gui/contacts_page.py" line="187"/>
        <location filename="../../gui/contacts_page.py" line="338"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="88"/>
        <source>Delete the selected contacts (Delete)</source>
        <translation>Supprimer les contacts sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="101"/>
        <source>Show all contacts</source>
        <translation>Afficher tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="176"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="263"/>
        <source>Segment “{name}”: 1 contact</source>
        <translation>Segment «&#xa0;{name}&#xa0;»&#xa0;: 1 contact</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="265"/>
        <source>Segment “{name}”: {n} contacts</source>
        <translation>Segment «&#xa0;{name}&#xa0;»&#xa0;: {n} contacts</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="297"/>
        <location filename="../../gui/contacts_page.py" line="325"/>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="298"/>
        <source>Select at most {n} contacts to delete at once.</source>
        <translation>Sélectionnez au plus {n} contacts à supprimer en une fois.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="317"/>
        <source>1 contact deleted.</source>
        <translation>1 contact supprimé.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="319"/>
        <source>{n} contacts deleted.</source>
        <translation>{n} contacts supprimés.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="327"/>
        <source>Delete this contact?</source>
        <translation>Supprimer ce contact&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="329"/>
        <source>Delete these {n} contacts?</source>
        <translation>Supprimer ces {n} contacts&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="333"/>
        <source>They are removed from the workspace, and the deletion is recorded in the audit trail. To make sure someone is never contacted again, add the address to the opt-out list instead.</source>
        <translation>Ils sont retirés de l&apos;espace de travail, et la suppression est consignée dans le journal d&apos;audit. Pour qu&apos;une personne ne soit plus jamais contactée, ajoutez plutôt son adresse à la liste d&apos;opposition.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="363"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="364"/>
        <source>Save the changes to this contact?</source>
        <translation>Enregistrer les modifications de ce contact&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="412"/>
        <source>{shown} of {total} contacts in the segment</source>
        <translation>{shown} contacts sur {total} dans le segment</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="416"/>
        <source>{shown} of {total} contacts match</source>
        <translation>{shown} contacts sur {total} correspondent</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="420"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="421"/>
        <source>{total} contacts</source>
        <translation>{total} contacts</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../gui/overview_page.py" line="105"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gui/segment_editor.py" line="132"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="133"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>DueRequestsPanel</name>
    <message>
        <location filename="../../gui/overview_requests.py" line="43"/>
        <source>The people&apos;s rights and your duties</source>
        <translation>Droits des personnes et vos obligations</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="56"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="56"/>
        <source>Requests…</source>
        <translation>Demandes…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Breach log…</source>
        <translation>Registre des violations…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Retention…</source>
        <translation>Conservation…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Backup…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="100"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="101"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="103"/>
        <source>an erased or unknown person</source>
        <translation>une personne effacée ou inconnue</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="111"/>
        <source>No request is overdue or due this week.</source>
        <translation>Aucune demande en retard ni à traiter cette semaine.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="114"/>
        <source>{overdue} overdue, {soon} due within 7 days:</source>
        <translation>{overdue} en retard, {soon} à traiter sous 7 jours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="118"/>
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="125"/>
        <source>No breach is waiting to be told to the authority.</source>
        <translation>Aucune violation en attente de notification à l&apos;autorité.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="133"/>
        <source>Breach #{id}: the 72 hours ended {h} h {m} min ago: tell the CNIL / IMY now</source>
        <translation>Violation n°&#xa0;{id}&#xa0;: délai de 72 heures dépassé de {h} h {m} min, notifiez la CNIL / l&apos;IMY maintenant</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="136"/>
        <source>Breach #{id}: {h} h {m} min left to tell the CNIL / IMY</source>
        <translation>Violation n°&#xa0;{id}&#xa0;: il reste {h} h {m} min pour notifier la CNIL / l&apos;IMY</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="146"/>
        <source>Never backed up: make a backup now.</source>
        <translation>Jamais sauvegardé&#xa0;: faites une sauvegarde maintenant.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="148"/>
        <source>The last backup is {days} days old: make a backup now.</source>
        <translation>La dernière sauvegarde date de {days} jours&#xa0;: faites-en une maintenant.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="155"/>
        <source>Nothing to back up yet.</source>
        <translation>Rien à sauvegarder pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="157"/>
        <source>Last backup {days} days ago.</source>
        <translation>Dernière sauvegarde il y a {days} jours.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="164"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="181"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>La durée de conservation de {ended} contacts a expiré&#xa0;; celle de {soon} autres expire dans les 60 jours.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../gui/demo_offer.py" line="51"/>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="53"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="56"/>
        <source>Load about {n} demo contacts</source>
        <translation>Charger environ {n} contacts de démonstration</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="59"/>
        <source>Fictitious people and companies, to try Clearlist. Delete them any time.</source>
        <translation>Des personnes et des sociétés fictives, pour essayer Clearlist. Supprimez-les quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="62"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="89"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="92"/>
        <source>Import a spreadsheet (or drop a .csv or .xlsx file on this window), add a contact by hand, or load about {n} fictitious demo contacts to try Clearlist.</source>
        <translation>Importez un tableur (ou déposez un fichier .csv ou .xlsx sur cette fenêtre), ajoutez un contact à la main, ou chargez environ {n} contacts fictifs de démonstration pour essayer Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="103"/>
        <source>No contact matches “{text}”</source>
        <translation>Aucun contact ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="106"/>
        <source>The search looks for the beginnings of words in names, company, e-mail address and job title; every word must match.</source>
        <translation>La recherche porte sur les débuts de mots des noms, de la société, de l&apos;adresse e-mail et de l&apos;intitulé de poste&#xa0;; chaque mot doit correspondre.</translation>
    </message>
</context>
<context>
    <name>ExcludedModel</name>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../gui/export_excluded.py" line="28"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>ExportChart</name>
    <message>
        <location filename="../../gui/export_chart.py" line="50"/>
        <location filename="../../gui/export_chart.py" line="52"/>
        <source>Cleared</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="56"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="70"/>
        <source>Export the cleared contacts</source>
        <translation>Exporter les contacts autorisés</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="84"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="96"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="99"/>
        <source>1. Campaign and contacts</source>
        <translation>1. Campagne et contacts</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="101"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="102"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="103"/>
        <source>Only these job functions</source>
        <translation>Uniquement ces fonctions</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="108"/>
        <source>Press Preview to see who may receive the campaign.</source>
        <translation>Cliquez sur Aperçu pour voir qui peut recevoir la campagne.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="114"/>
        <source>Search the excluded contacts</source>
        <translation>Rechercher dans les contacts exclus</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="117"/>
        <source>Every reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="137"/>
        <source>2. Preview</source>
        <translation>2. Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="160"/>
        <source>CSV, comma-separated (UTF-8)</source>
        <translation>CSV, séparateur virgule (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="161"/>
        <source>CSV, semicolon-separated (UTF-8, French Excel)</source>
        <translation>CSV, séparateur point-virgule (UTF-8, Excel français)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="162"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="163"/>
        <source>Write the file…</source>
        <translation>Écrire le fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="169"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="171"/>
        <source>3. File</source>
        <translation>3. Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="173"/>
        <source>Columns for</source>
        <translation>Colonnes pour</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="220"/>
        <source>There is no campaign yet: create one on the Campaigns page.</source>
        <translation>Il n&apos;y a encore aucune campagne&#xa0;: créez-en une dans la page Campagnes.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="244"/>
        <source>Deciding…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="253"/>
        <source>{exported} of {considered} contacts may receive this campaign ({notice} of them only with the first-contact notice); {excluded} are left out.</source>
        <translation>{exported} contacts sur {considered} peuvent recevoir cette campagne (dont {notice} seulement avec la mention d&apos;information de l&apos;art. 14)&#xa0;; {excluded} sont exclus.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="263"/>
        <source>Warnings: {flags}.</source>
        <translation>Alertes&#xa0;: {flags}.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="276"/>
        <source>{n} excluded contacts match</source>
        <translation>{n} contacts exclus correspondent</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="285"/>
        <source>Write the cleared contacts</source>
        <translation>Écrire les contacts autorisés</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="318"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="326"/>
        <source>Export written</source>
        <translation>Export écrit</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="328"/>
        <source>{n} contacts written to {name}. The export is recorded on the Exports page; mark it as sent there once the campaign has gone out.</source>
        <translation>{n} contacts écrits dans {name}. L&apos;export est enregistré dans la page Exports&#xa0;; marquez-le comme envoyé une fois la campagne partie.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../gui/exports_page.py" line="47"/>
        <source>Made (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="48"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="49"/>
        <source>Columns for</source>
        <translation>Colonnes pour</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="50"/>
        <source>Considered</source>
        <translation>Examinés</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="51"/>
        <source>Exported</source>
        <translation>Exportés</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="52"/>
        <source>Excluded by reason</source>
        <translation>Exclus par motif</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="53"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="54"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="55"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="65"/>
        <source>No export yet. Exports are made from a campaign: press New export.</source>
        <translation>Aucun export pour l&apos;instant. Un export se fait à partir d&apos;une campagne&#xa0;: cliquez sur Nouvel export.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="67"/>
        <source>New export…</source>
        <translation>Nouvel export…</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="69"/>
        <location filename="../../gui/exports_page.py" line="122"/>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="124"/>
        <source>Record that the campaign “{name}” was sent today to the {n} contacts of this export? Those who needed the first-contact notice will be recorded as having received it today.</source>
        <translation>Enregistrer que la campagne «&#xa0;{name}&#xa0;» a été envoyée aujourd&apos;hui aux {n} contacts de cet export&#xa0;? Ceux qui devaient recevoir la mention d&apos;information (art. 14) seront notés comme l&apos;ayant reçue aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="139"/>
        <source>Marked as sent: {n} contacts, {notices} notices recorded.</source>
        <translation>Marqué comme envoyé&#xa0;: {n} contacts, {notices} mentions d&apos;information enregistrées.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../gui/import_file_page.py" line="28"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="29"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="30"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="31"/>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="38"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="41"/>
        <source>A spreadsheet (.xlsx, .xls, .ods) or a text file (.csv, .tsv, .txt) with one contact per row. Drop it here or browse for it.</source>
        <translation>Un tableur (.xlsx, .xls, .ods) ou un fichier texte (.csv, .tsv, .txt) avec un contact par ligne. Déposez-le ici ou cherchez-le sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="46"/>
        <source>Drop a file here</source>
        <translation>Déposez un fichier ici</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="56"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="57"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="59"/>
        <source>Earlier imports…</source>
        <translation>Imports précédents…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="60"/>
        <source>See the files imported before, and undo one of them</source>
        <translation>Voir les fichiers déjà importés, et annuler l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="98"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="100"/>
        <source>Contact lists ({patterns});;All files (*)</source>
        <translation>Listes de contacts ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="125"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="150"/>
        <source>A workbook with {n} sheet(s); sheet &apos;{sheet}&apos; is read.</source>
        <translation>Un classeur de {n} feuille(s)&#xa0;; la feuille «&#xa0;{sheet}&#xa0;» est lue.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="154"/>
        <source>A text file in {encoding}, values separated by {delimiter}.</source>
        <translation>Un fichier texte en {encoding}, valeurs séparées par des {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="160"/>
        <source>About {rows} rows and {columns} columns.</source>
        <translation>Environ {rows} lignes et {columns} colonnes.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../gui/import_history.py" line="28"/>
        <source>own form</source>
        <translation>votre formulaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="29"/>
        <source>trade show</source>
        <translation>salon</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="30"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="31"/>
        <source>bought</source>
        <translation>liste achetée</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="32"/>
        <source>rented</source>
        <translation>liste louée</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="33"/>
        <source>public websites</source>
        <translation>sites web publics</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="34"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="35"/>
        <source>by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="47"/>
        <source>Earlier imports</source>
        <translation>Imports précédents</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="51"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>New / updated</source>
        <translation>Nouveaux / mis à jour</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="63"/>
        <source>Undo this import…</source>
        <translation>Annuler cet import…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="96"/>
        <source>No file was imported yet.</source>
        <translation>Aucun fichier n&apos;a encore été importé.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="113"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="115"/>
        <source>Undo batch {batch} ({file})? The contacts it created are removed (unless a later import brought them too), the fields it changed are put back, and its source is removed from the other contacts.</source>
        <translation>Annuler le lot {batch} ({file})&#xa0;? Les contacts qu&apos;il a créés sont supprimés (sauf si un import ultérieur les a aussi apportés), les champs qu&apos;il a modifiés sont rétablis, et sa source est retirée des autres contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="125"/>
        <source>Undoing batch {batch}…</source>
        <translation>Annulation du lot {batch}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="141"/>
        <source>Batch {batch} was undone: {removed} contacts removed, {kept} kept because a later import also has them, {restored} put back as they were.</source>
        <translation>Le lot {batch} a été annulé&#xa0;: {removed} contacts supprimés, {kept} conservés car un import ultérieur les contient aussi, {restored} rétablis dans leur état précédent.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/import_wizard.py" line="51"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="49"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="50"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="51"/>
        <source>Job titles</source>
        <translation>Intitulés de poste</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="52"/>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="53"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="54"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="55"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="56"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="58"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>Opt-out list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="78"/>
        <source>Clearlist — {name}</source>
        <translation>Clearlist — {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="123"/>
        <source>Key: system keyring</source>
        <translation>Clé&#xa0;: trousseau du système</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125"/>
        <source>Key: passphrase</source>
        <translation>Clé&#xa0;: phrase secrète</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>As of {date}</source>
        <translation>À la date du {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="229"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>&amp;About Clearlist</source>
        <translation>À &amp;propos de Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>About Clearlist</source>
        <translation>À propos de Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>Clearlist keeps your prospect lists in one encrypted workspace and exports only the contacts you may lawfully e-mail.

Workspace: {path}</source>
        <translation>Clearlist conserve vos listes de prospects dans un espace de travail chiffré et n&apos;exporte que les contacts auxquels vous avez le droit d&apos;écrire par e-mail.

Espace de travail&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>Importing files from the window arrives soon. Until then, use the command line: python main.py import FILE --source-type TYPE --source-name NAME</source>
        <translation>L&apos;import de fichiers depuis la fenêtre arrive bientôt. En attendant, utilisez la ligne de commande&#xa0;: python main.py import FICHIER --source-type TYPE --source-name NOM</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="66"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="69"/>
        <source>Each column of the file goes to a contact field, or is not imported. Columns that are not needed are left out (keep only what you need). Click a field to change it.</source>
        <translation>Chaque colonne du fichier va dans un champ du contact, ou n&apos;est pas importée. Les colonnes inutiles sont écartées (ne gardez que le nécessaire). Cliquez sur un champ pour le changer.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="77"/>
        <source>Use the columns chosen last time for</source>
        <translation>Reprendre les colonnes choisies la dernière fois pour</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="80"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="80"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="80"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="81"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="121"/>
        <source>(nothing: suggest from the column names)</source>
        <translation>(rien&#xa0;: suggérer d&apos;après les noms de colonnes)</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="152"/>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="152"/>
        <source>a known name</source>
        <translation>un nom connu</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="153"/>
        <source>a guess: check it</source>
        <translation>une supposition&#xa0;: à vérifier</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="153"/>
        <source>last time</source>
        <translation>la dernière fois</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="154"/>
        <location filename="../../gui/import_mapping_page.py" line="212"/>
        <location filename="../../gui/import_mapping_page.py" line="214"/>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="154"/>
        <source>never imported</source>
        <translation>jamais importée</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="177"/>
        <source>never imported ({kind} data)</source>
        <translation>jamais importée (donnée sensible&#xa0;: {kind})</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="239"/>
        <source>{n} columns imported, {m} not imported.</source>
        <translation>{n} colonnes importées, {m} non importées.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="244"/>
        <source>Choose the column that holds the e-mail addresses.</source>
        <translation>Choisissez la colonne qui contient les adresses e-mail.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="247"/>
        <source>&apos;{header}&apos; looks like {kind} data: it is never imported.</source>
        <translation>«&#xa0;{header}&#xa0;» semble contenir des données sensibles ({kind})&#xa0;: cette colonne n&apos;est jamais importée.</translation>
    </message>
</context>
<context>
    <name>OptoutModel</name>
    <message>
        <location filename="../../gui/optout_page.py" line="63"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="64"/>
        <source>Address, domain or hash</source>
        <translation>Adresse, domaine ou empreinte</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="65"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="66"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="67"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>OptoutPage</name>
    <message>
        <location filename="../../gui/optout_page.py" line="136"/>
        <source>Search an address, a domain, a hash or a file name</source>
        <translation>Rechercher une adresse, un domaine, une empreinte ou un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="139"/>
        <source>Every reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="157"/>
        <source>Add addresses or domains…</source>
        <translation>Ajouter des adresses ou des domaines…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="158"/>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="159"/>
        <source>Import hashes…</source>
        <translation>Importer des empreintes…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="160"/>
        <source>Export as SHA-256…</source>
        <translation>Exporter en SHA-256…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="197"/>
        <source>{n} entries on the opt-out list. They are never removed automatically.</source>
        <translation>{n} entrées sur la liste d&apos;opposition. Elles ne sont jamais supprimées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="205"/>
        <source>{n} opt-out entries</source>
        <translation>{n} entrées d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="209"/>
        <source>{n} matching</source>
        <translation>{n} correspondantes</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="217"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="218"/>
        <source>Why are these people on the list?</source>
        <translation>Pourquoi ces personnes sont-elles sur la liste&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="228"/>
        <source>Add to the opt-out list</source>
        <translation>Ajouter à la liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="229"/>
        <source>Addresses, or whole domains written @example.com, one per line:</source>
        <translation>Des adresses, ou des domaines entiers écrits @example.com, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="244"/>
        <source>{added} added, {already} already on the list.</source>
        <translation>{added} ajoutées, {already} déjà sur la liste.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="254"/>
        <source>Import an opt-out file</source>
        <translation>Importer un fichier d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="256"/>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="264"/>
        <source>Hashes</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="265"/>
        <source>Which hashes does the file hold (first column)?</source>
        <translation>Quelles empreintes le fichier contient-il (première colonne)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="300"/>
        <source>{added} added, {already} already on the list, {skipped} values skipped (column “{column}”).</source>
        <translation>{added} ajoutées, {already} déjà sur la liste, {skipped} valeurs ignorées (colonne «&#xa0;{column}&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="309"/>
        <source>Read as our unsubscribe codes: {n} contacts found.</source>
        <translation>Lu comme nos codes de désinscription&#xa0;: {n} contacts trouvés.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="323"/>
        <source>Export the list as SHA-256 hashes</source>
        <translation>Exporter la liste en empreintes SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="325"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="339"/>
        <source>{domains} whole domains and {md5} MD5 hashes cannot be written as address hashes; give the domains to the provider separately.</source>
        <translation>{domains} domaines entiers et {md5} empreintes MD5 ne peuvent pas être écrits comme empreintes d&apos;adresses&#xa0;; transmettez les domaines au prestataire séparément.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="344"/>
        <source>Opt-out list exported</source>
        <translation>Liste d&apos;opposition exportée</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="345"/>
        <source>{n} SHA-256 hashes written to {name}.</source>
        <translation>{n} empreintes SHA-256 écrites dans {name}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview_page.py" line="148"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="153"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="156"/>
        <source>Review job titles…</source>
        <translation>Revoir les intitulés de poste…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="169"/>
        <source>Contacts per job function</source>
        <translation>Contacts par fonction</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="172"/>
        <source>Contacts per seniority</source>
        <translation>Contacts par niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="178"/>
        <source>Click a bar to see those contacts.</source>
        <translation>Cliquez sur une barre pour voir ces contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="228"/>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="258"/>
        <source>The workspace has no contacts yet: import a file to begin.</source>
        <translation>L&apos;espace de travail ne contient encore aucun contact&#xa0;: importez un fichier pour commencer.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="260"/>
        <source>1 contact.</source>
        <translation>1 contact.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="262"/>
        <source>{n} contacts.</source>
        <translation>{n} contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="266"/>
        <source>{n} of them have a job title Clearlist could not fully classify ({titles} distinct titles): review the most common ones to place them.</source>
        <translation>{n} d&apos;entre eux ont un intitulé de poste que Clearlist n&apos;a pas pu classer entièrement ({titles} intitulés distincts)&#xa0;: revoyez les plus fréquents pour les classer.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../gui/person_page.py" line="68"/>
        <source>Find a person by e-mail address or name</source>
        <translation>Trouver une personne par adresse e-mail ou par nom</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="100"/>
        <source>Everything stored</source>
        <translation>Tout ce qui est conservé</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="101"/>
        <source>Correct the data</source>
        <translation>Rectifier les données</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="103"/>
        <source>Access report…</source>
        <translation>Rapport d&apos;accès…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="105"/>
        <source>Write the person&apos;s access report (GDPR art. 15) as PDF, HTML or JSON</source>
        <translation>Écrire le rapport d&apos;accès de la personne (RGPD, art. 15) en PDF, HTML ou JSON</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="108"/>
        <source>Log a request…</source>
        <translation>Enregistrer une demande…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="110"/>
        <source>Opt out (objection)</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="112"/>
        <source>Put the address on the opt-out list now: no more marketing messages</source>
        <translation>Inscrire l&apos;adresse sur la liste d&apos;opposition dès maintenant&#xa0;: plus aucun message de prospection</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="115"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="118"/>
        <source>Delete every trace of the person; keep only a fingerprint of the address</source>
        <translation>Supprimer toute trace de la personne&#xa0;; ne garder qu&apos;une empreinte de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="154"/>
        <source>Type an address (or its beginning) or a name. A person who is only on the opt-out list is found by their full address.</source>
        <translation>Saisissez une adresse (ou son début) ou un nom. Une personne qui figure seulement sur la liste d&apos;opposition se retrouve par son adresse complète.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="181"/>
        <source>{email} (opt-out list only)</source>
        <translation>{email} (liste d&apos;opposition seulement)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="185"/>
        <source>No one found.</source>
        <translation>Personne n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="205"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="232"/>
        <source>No person chosen</source>
        <translation>Aucune personne choisie</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="238"/>
        <source>Find a person on the left to see everything stored about them and to answer their requests.</source>
        <translation>Cherchez une personne à gauche pour voir tout ce qui est conservé à son sujet et répondre à ses demandes.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="250"/>
        <source>On the opt-out list</source>
        <translation>Sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="252"/>
        <source>Whole domain opted out</source>
        <translation>Domaine entier en opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="255"/>
        <source>{n} open request(s)</source>
        <translation>{n} demande(s) en cours</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="257"/>
        <source>Company role address (not personal data)</source>
        <translation>Adresse fonctionnelle d&apos;entreprise (pas une donnée personnelle)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="285"/>
        <source>A company role address: no retention limit.</source>
        <translation>Adresse fonctionnelle d&apos;entreprise&#xa0;: aucune limite de conservation.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="287"/>
        <source>Kept until {date} (three years after {basis}, {start}).</source>
        <translation>Conservé jusqu&apos;au {date} (trois ans après {basis}, le {start}).</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="290"/>
        <source>collection</source>
        <translation>la collecte</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="291"/>
        <source>the person&apos;s last contact</source>
        <translation>le dernier contact venant de la personne</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="292"/>
        <source>the last purchase</source>
        <translation>le dernier achat</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="297"/>
        <source>No date to count from.</source>
        <translation>Aucune date de départ pour le calcul.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="312"/>
        <source>{date}: “{campaign}” for {tool} ({decision})</source>
        <translation>{date}&#xa0;: «&#xa0;{campaign}&#xa0;» pour {tool} ({decision})</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="326"/>
        <source>{date}: {kind}, reason {reason}</source>
        <translation>{date}&#xa0;: {kind}, motif {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="338"/>
        <source>Received {received}: {kind} — {status}, answer by {deadline}</source>
        <translation>Reçue le {received}&#xa0;: {kind} — {status}, réponse au plus tard le {deadline}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="352"/>
        <source>Breach #{id}, noticed {date}</source>
        <translation>Violation n°&#xa0;{id}, constatée le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="369"/>
        <source>Save the access report</source>
        <translation>Enregistrer le rapport d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="371"/>
        <source>PDF (*.pdf);;Web page (*.html);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="394"/>
        <source>Access report</source>
        <translation>Rapport d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="397"/>
        <source>Access report saved: {name}</source>
        <translation>Rapport d&apos;accès enregistré&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="417"/>
        <location filename="../../gui/person_page.py" line="434"/>
        <source>Opt out</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="419"/>
        <source>Put {email} on the opt-out list now? No marketing message will be sent to this address again.</source>
        <translation>Inscrire {email} sur la liste d&apos;opposition maintenant&#xa0;? Plus aucun message de prospection ne sera envoyé à cette adresse.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="436"/>
        <source>The address is on the opt-out list.</source>
        <translation>L&apos;adresse est sur la liste d&apos;opposition.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="445"/>
        <location filename="../../gui/person_page.py" line="467"/>
        <location filename="../../gui/person_page.py" line="480"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="446"/>
        <source>Erase {email} everywhere?</source>
        <translation>Effacer {email} partout&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="449"/>
        <source>The contact, its notes, its history, its export and breach links and its search entries are deleted for good. Only a fingerprint (SHA-256) of the address stays on the opt-out list, so that no later import brings the person back. This cannot be undone.</source>
        <translation>Le contact, ses notes, son historique, ses liens avec les exports et les violations et ses entrées de recherche sont supprimés définitivement. Seule une empreinte (SHA-256) de l&apos;adresse reste sur la liste d&apos;opposition, pour qu&apos;aucun import ultérieur ne fasse revenir la personne. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="455"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="470"/>
        <source>The person was erased; only a fingerprint of the address is kept.</source>
        <translation>La personne a été effacée&#xa0;; seule une empreinte de l&apos;adresse est conservée.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="473"/>
        <source>They were in files exported for: {tools}. Delete them in those tools too.</source>
        <translation>Elle figurait dans des fichiers exportés pour&#xa0;: {tools}. Supprimez-la aussi dans ces outils.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="477"/>
        <source>Another task was reading the workspace, so old copies of the erased data remain in its journal until Clearlist is closed.</source>
        <translation>Une autre tâche lisait l&apos;espace de travail&#xa0;: d&apos;anciennes copies des données effacées restent donc dans son journal jusqu&apos;à la fermeture de Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="491"/>
        <source>The correction was saved (and audited).</source>
        <translation>La rectification a été enregistrée (et consignée dans le journal d&apos;audit).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/import_preview_page.py" line="40"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="42"/>
        <source>What the import will do. Nothing is saved yet: check, then press Import.</source>
        <translation>Ce que l&apos;import va faire. Rien n&apos;est encore enregistré&#xa0;: vérifiez, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="54"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="62"/>
        <source>Rows in the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="63"/>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="64"/>
        <source>Contacts already here, updated</source>
        <translation>Contacts déjà présents, mis à jour</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="65"/>
        <source>Duplicates (nothing to change)</source>
        <translation>Doublons (rien à changer)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="66"/>
        <source>On the opt-out list (never imported)</source>
        <translation>Sur la liste d&apos;opposition (jamais importés)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="67"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="86"/>
        <source>The first contacts, as they will be stored:</source>
        <translation>Les premiers contacts, tels qu&apos;ils seront enregistrés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="91"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="123"/>
        <source>This same file was already imported on {date} (batch {batch}, source &apos;{source}&apos;). Importing it again adds no new contacts; it links them to this source too.</source>
        <translation>Ce même fichier a déjà été importé le {date} (lot {batch}, source «&#xa0;{source}&#xa0;»). L&apos;importer à nouveau n&apos;ajoute aucun contact&#xa0;; cela les rattache aussi à cette source.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="142"/>
        <source>{n} possible duplicates (same name and company, another address) will be kept apart, not merged.</source>
        <translation>{n} doublons possibles (même nom et même société, autre adresse) seront gardés séparés, sans fusion.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="148"/>
        <source>{n} columns are not imported.</source>
        <translation>{n} colonnes ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="168"/>
        <source>Preview stopped. Go back, or press Next to import.</source>
        <translation>Aperçu arrêté. Revenez en arrière, ou cliquez sur Suivant pour importer.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../gui/register_page.py" line="72"/>
        <source>The record of processing activities the GDPR asks every business that manages prospects and customers to keep (article 30). Sections you have not edited follow the workspace: the sources in use, the tools lists were exported to, the kinds of data stored.</source>
        <translation>Le registre des activités de traitement que le RGPD demande de tenir à toute entreprise qui gère des prospects et des clients (article 30). Les rubriques que vous n&apos;avez pas modifiées suivent l&apos;espace de travail&#xa0;: les sources utilisées, les outils vers lesquels des listes ont été exportées, les catégories de données conservées.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="84"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="87"/>
        <source>Export as HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="89"/>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="92"/>
        <source>Language of the suggestions and the export:</source>
        <translation>Langue des suggestions et de l&apos;export&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="128"/>
        <source>your text (saved {date})</source>
        <translation>votre texte (enregistré le {date})</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="131"/>
        <source>suggested from the workspace</source>
        <translation>suggéré d&apos;après l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="151"/>
        <source>The register was saved.</source>
        <translation>Le registre a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="163"/>
        <location filename="../../gui/register_page.py" line="194"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="164"/>
        <source>Save your changes to the register?</source>
        <translation>Enregistrer vos modifications du registre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="173"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="173"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="176"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="190"/>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="197"/>
        <source>The register was exported to {name}</source>
        <translation>Le registre a été exporté dans {name}</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="27"/>
        <source>Access report</source>
        <translation>Rapport d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="34"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="38"/>
        <source>Access request received {date}</source>
        <translation>Demande d&apos;accès reçue le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="46"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="47"/>
        <source>Answers the request</source>
        <translation>Répond à la demande</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="33"/>
        <location filename="../../gui/request_close_dialog.py" line="59"/>
        <source>Close the request</source>
        <translation>Clôturer la demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="35"/>
        <source>Answered</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="36"/>
        <source>Refused (say why)</source>
        <translation>Refusée (indiquez pourquoi)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="39"/>
        <source>What was done, or why the request is refused (the person must be told)</source>
        <translation>Ce qui a été fait, ou pourquoi la demande est refusée (la personne doit en être informée)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="43"/>
        <source>e.g. access-report.pdf</source>
        <translation>ex.&#xa0;: rapport-acces.pdf</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="54"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="55"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="56"/>
        <source>File sent</source>
        <translation>Fichier envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="57"/>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="57"/>
        <source>Log a request</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="64"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="73"/>
        <source>e.g. the request came from the address we hold; ID card seen</source>
        <translation>ex.&#xa0;: la demande vient de l&apos;adresse que nous avons&#xa0;; pièce d&apos;identité vue</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="82"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="83"/>
        <source>Person&apos;s e-mail address</source>
        <translation>Adresse e-mail de la personne</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="84"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="85"/>
        <source>How identity was checked</source>
        <translation>Vérification de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="86"/>
        <source>Answer by</source>
        <translation>Réponse au plus tard le</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="88"/>
        <source>Log the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="102"/>
        <source>{date} (one month; can be extended by two months if you tell the person within the first month)</source>
        <translation>{date} (un mois&#xa0;; prolongeable de deux mois si vous en informez la personne dans le premier mois)</translation>
    </message>
</context>
<context>
    <name>RequestExtendDialog</name>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="31"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="36"/>
        <source>The answer may take two more months (until {later}) for a complex request, provided the person is told, with the reasons, within the first month (by {first}).</source>
        <translation>Pour une demande complexe, la réponse peut prendre deux mois de plus (jusqu&apos;au {later}), à condition d&apos;en informer la personne, avec les motifs, dans le premier mois (au plus tard le {first}).</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="53"/>
        <source>The person was told on</source>
        <translation>Personne informée le</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="55"/>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../gui/requests_page.py" line="50"/>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="51"/>
        <source>Overdue or due this week</source>
        <translation>En retard ou à traiter cette semaine</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="52"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="60"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="61"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="62"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="63"/>
        <source>Identity checked by</source>
        <translation>Identité vérifiée par</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="64"/>
        <source>Answer by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="65"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="66"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="67"/>
        <source>File sent</source>
        <translation>Fichier envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="80"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="82"/>
        <source>Extend the deadline…</source>
        <translation>Prolonger le délai…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="84"/>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="86"/>
        <source>Open the person</source>
        <translation>Ouvrir la fiche de la personne</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="113"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="114"/>
        <source>answered</source>
        <translation>traitée</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="115"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="120"/>
        <source>(no contact: erased or unknown)</source>
        <translation>(aucun contact&#xa0;: effacé ou inconnu)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="125"/>
        <source>(extended)</source>
        <translation>(prolongé)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="128"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="130"/>
        <source>due this week</source>
        <translation>échéance cette semaine</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="151"/>
        <source>{overdue} overdue, {soon} due this week</source>
        <translation>{overdue} en retard, {soon} à échéance cette semaine</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="184"/>
        <source>The request was logged.</source>
        <translation>La demande a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="217"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../gui/retention_page.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="55"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="56"/>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="57"/>
        <source>Counted from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="81"/>
        <source>collection on {date}</source>
        <translation>collecte le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="82"/>
        <source>their last contact on {date}</source>
        <translation>dernier contact le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="83"/>
        <source>their last purchase on {date}</source>
        <translation>dernier achat le {date}</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../gui/retention_page.py" line="116"/>
        <source>A prospect&apos;s data is kept three years from its collection or from the last contact coming from the person (a reply, an order, a click), whichever is later; a customer&apos;s, three years after the last purchase. The opt-out list is never purged.</source>
        <translation>Les données d&apos;un prospect sont conservées trois ans à compter de leur collecte ou du dernier contact venant de la personne (une réponse, une commande, un clic), la date la plus récente étant retenue&#xa0;; celles d&apos;un client, trois ans après son dernier achat. La liste d&apos;opposition n&apos;est jamais purgée.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="135"/>
        <source>Ended</source>
        <translation>Durée expirée</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="136"/>
        <source>Ending within 60 days</source>
        <translation>Expire sous 60 jours</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="138"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="140"/>
        <source>Delete the ended contacts…</source>
        <translation>Supprimer les contacts expirés…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="143"/>
        <source>Save the list ending soon (CSV)…</source>
        <translation>Enregistrer les prochaines expirations (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="145"/>
        <source>Write them to a file, to ask them whether they are still interested</source>
        <translation>Les écrire dans un fichier, pour leur demander s&apos;ils sont toujours intéressés</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="190"/>
        <source>Checking every contact&apos;s retention period…</source>
        <translation>Vérification de la durée de conservation de chaque contact…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="210"/>
        <source>Ended ({n})</source>
        <translation>Durée expirée ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="212"/>
        <source>Ending within 60 days ({n})</source>
        <translation>Expire sous 60 jours ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="215"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>La durée de conservation de {ended} contacts a expiré&#xa0;; celle de {soon} autres expire dans les 60 jours.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="231"/>
        <source>Delete the ended contacts</source>
        <translation>Supprimer les contacts expirés</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="233"/>
        <source>Delete the {n} contacts whose retention period has ended? Their data is deleted for good (the opt-out list stays as it is). Each one is checked again first, so a contact who came back in touch since is kept.</source>
        <translation>Supprimer les {n} contacts dont la durée de conservation a expiré&#xa0;? Leurs données sont supprimées définitivement (la liste d&apos;opposition reste telle quelle). Chacun est d&apos;abord vérifié à nouveau&#xa0;: un contact qui s&apos;est manifesté entre-temps est conservé.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="244"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="266"/>
        <source>{n} contacts deleted.</source>
        <translation>{n} contacts supprimés.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="283"/>
        <source>Save the list ending soon</source>
        <translation>Enregistrer les prochaines expirations</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="285"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="298"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="301"/>
        <source>{n} contacts written to {name}</source>
        <translation>{n} contacts écrits dans {name}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../gui/import_run_page.py" line="19"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="21"/>
        <source>One import is all or nothing: if you cancel, the workspace stays as it was.</source>
        <translation>Un import se fait en entier ou pas du tout&#xa0;: si vous annulez, l&apos;espace de travail reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="25"/>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="48"/>
        <source>Reading, checking and storing the contacts…</source>
        <translation>Lecture, vérification et enregistrement des contacts…</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="66"/>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Annulation&#xa0;: tout est remis dans l&apos;état d&apos;origine…</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="79"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../gui/import_run_page.py" line="83"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;import a été annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../gui/segment_editor.py" line="184"/>
        <source>Segment “{name}”</source>
        <translation>Segment «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="186"/>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="198"/>
        <source>e.g. Finance directors in France</source>
        <translation>ex.&#xa0;: Directeurs financiers en France</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="215"/>
        <source>part of the company name</source>
        <translation>partie du nom de la société</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="217"/>
        <source>any of these tags, separated by ;</source>
        <translation>l&apos;une de ces étiquettes, séparées par&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="220"/>
        <source>words in names, company, e-mail address or job title</source>
        <translation>mots des noms, de la société, de l&apos;adresse e-mail ou de l&apos;intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="223"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="224"/>
        <source>Consent recorded with its proof (date and source)</source>
        <translation>Consentement enregistré avec sa preuve (date et source)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="225"/>
        <source>No consent with proof</source>
        <translation>Pas de consentement prouvé</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="229"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="231"/>
        <source>Job function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="232"/>
        <source>Seniority:</source>
        <translation>Niveau hiérarchique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="233"/>
        <source>Audience:</source>
        <translation>Public&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="234"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="235"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="236"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="237"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="238"/>
        <source>Source and lawful basis</source>
        <translation>Source et base légale</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="240"/>
        <source>Lawful basis:</source>
        <translation>Base légale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="241"/>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="242"/>
        <source>Source type:</source>
        <translation>Type de source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="243"/>
        <source>Import batch:</source>
        <translation>Lot d&apos;import&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="244"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="246"/>
        <source>Collected:</source>
        <translation>Collecté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="247"/>
        <source>Last inbound contact:</source>
        <translation>Dernier contact reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="250"/>
        <source>A contact is in the segment when it meets every criterion you set; inside one criterion, any ticked value will do. Criteria left empty keep everyone.</source>
        <translation>Un contact fait partie du segment s&apos;il remplit tous les critères définis&#xa0;; au sein d&apos;un critère, une seule valeur cochée suffit. Les critères laissés vides gardent tout le monde.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="279"/>
        <source>Delete segment…</source>
        <translation>Supprimer le segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="282"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="284"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="290"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="340"/>
        <source>#{id} {name} ({type}, {date})</source>
        <translation>n°&#xa0;{id} {name} ({type}, {date})</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="351"/>
        <source>#{id} (undone)</source>
        <translation>n°&#xa0;{id} (annulé)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="404"/>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="405"/>
        <source>Last inbound contact</source>
        <translation>Dernier contact reçu</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="410"/>
        <source>{what}: the “from” date is after the “to” date, so no contact can match.</source>
        <translation>{what}&#xa0;: la date «&#xa0;du&#xa0;» est postérieure à la date «&#xa0;au&#xa0;», aucun contact ne peut donc correspondre.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="417"/>
        <location filename="../../gui/segment_editor.py" line="429"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="439"/>
        <source>1 contact of {total} matches</source>
        <translation>1 contact sur {total} correspond</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="441"/>
        <source>{n} contacts of {total} match</source>
        <translation>{n} contacts sur {total} correspondent</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="447"/>
        <source>The contacts could not be counted.</source>
        <translation>Les contacts n&apos;ont pas pu être comptés.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="458"/>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="483"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="485"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Supprimer le segment «&#xa0;{name}&#xa0;»&#xa0;? Seul le filtre enregistré disparaît&#xa0;; aucun contact n&apos;est supprimé.</translation>
    </message>
</context>
<context>
    <name>SegmentsSidebar</name>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="53"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="60"/>
        <location filename="../../gui/segments_sidebar.py" line="224"/>
        <source>New segment…</source>
        <translation>Nouveau segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="80"/>
        <source>Save a filter (job function, country, source, …) as a segment with +.</source>
        <translation>Enregistrez un filtre (fonction, pays, source…) comme segment avec +.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="182"/>
        <location filename="../../gui/segments_sidebar.py" line="192"/>
        <source>Rename segment</source>
        <translation>Renommer le segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="183"/>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="202"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="204"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Supprimer le segment «&#xa0;{name}&#xa0;»&#xa0;? Seul le filtre enregistré disparaît&#xa0;; aucun contact n&apos;est supprimé.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="219"/>
        <source>Show its contacts</source>
        <translation>Afficher ses contacts</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="220"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="221"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="222"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="31"/>
        <source>Sheet and header</source>
        <translation>Feuille et en-tête</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="34"/>
        <source>Check that the right sheet is read and which row holds the column names (titles above the table are skipped).</source>
        <translation>Vérifiez que la bonne feuille est lue et quelle ligne contient les noms de colonnes (les titres au-dessus du tableau sont ignorés).</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="40"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="45"/>
        <source>Column names are in</source>
        <translation>Noms de colonnes en</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="79"/>
        <source>No row: the first row is already a contact</source>
        <translation>Aucune ligne&#xa0;: la première ligne est déjà un contact</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="82"/>
        <source>Row {n}: {cells}</source>
        <translation>Ligne {n}&#xa0;: {cells}</translation>
    </message>
    <message>
        <location filename="../../gui/import_sheet_page.py" line="115"/>
        <source>The first {n} rows; {columns} columns.</source>
        <translation>Les {n} premières lignes&#xa0;; {columns} colonnes.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../gui/import_source_page.py" line="30"/>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="31"/>
        <source>legitimate interest</source>
        <translation>intérêt légitime</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="32"/>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="39"/>
        <source>Where do these contacts come from?</source>
        <translation>D&apos;où viennent ces contacts&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="42"/>
        <source>The law asks you to know where each address comes from and why you may write to it. Answer in your own words; Clearlist keeps the answers with every contact.</source>
        <translation>La loi vous demande de savoir d&apos;où vient chaque adresse et à quel titre vous pouvez lui écrire. Répondez avec vos propres mots&#xa0;; Clearlist conserve les réponses avec chaque contact.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="49"/>
        <source>Where do they come from?</source>
        <translation>D&apos;où viennent-ils&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="54"/>
        <source>Your own web form or sign-up page</source>
        <translation>Votre propre formulaire web ou page d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="55"/>
        <source>A trade show, an event or business cards</source>
        <translation>Un salon, un événement ou des cartes de visite</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="56"/>
        <source>Your customers (people or firms who bought from you)</source>
        <translation>Vos clients (personnes ou entreprises qui vous ont acheté quelque chose)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="57"/>
        <source>Bought from a provider</source>
        <translation>Achetés à un fournisseur de fichiers</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="58"/>
        <source>Rented from a provider</source>
        <translation>Loués à un fournisseur de fichiers</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="59"/>
        <source>Collected from public websites</source>
        <translation>Collectés sur des sites web publics</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="60"/>
        <source>Given by a partner</source>
        <translation>Transmis par un partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="74"/>
        <source>Which one, precisely?</source>
        <translation>Quelle source, précisément&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="75"/>
        <source>When did you get them?</source>
        <translation>Quand les avez-vous obtenus&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="81"/>
        <source>Are they businesses or consumers?</source>
        <translation>S&apos;agit-il de professionnels ou de particuliers&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="82"/>
        <source>Businesses (people at work)</source>
        <translation>Professionnels (des personnes dans leur travail)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="83"/>
        <source>Consumers (private persons)</source>
        <translation>Particuliers (consommateurs)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="84"/>
        <source>Both: the file says which</source>
        <translation>Les deux&#xa0;: le fichier l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="86"/>
        <source>Did they agree to receive marketing e-mails?</source>
        <translation>Ont-ils accepté de recevoir des e-mails de prospection&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="91"/>
        <location filename="../../gui/import_source_page.py" line="117"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="91"/>
        <location filename="../../gui/import_source_page.py" line="117"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="91"/>
        <location filename="../../gui/import_source_page.py" line="117"/>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="97"/>
        <source>e.g. ticked a box on our newsletter form, since March 2024</source>
        <translation>ex.&#xa0;: case cochée sur notre formulaire d&apos;inscription à la newsletter, depuis mars 2024</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="100"/>
        <source>When and how?</source>
        <translation>Quand et comment&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="104"/>
        <source>The provider can prove that each person agreed to their address being passed on to companies like mine</source>
        <translation>Le fournisseur peut prouver que chaque personne a accepté que son adresse soit transmise à des entreprises comme la mienne</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="114"/>
        <source>When their address was collected, were they told it would be used for prospecting, and could they object?</source>
        <translation>Lors de la collecte de leur adresse, ont-ils été informés qu&apos;elle servirait à la prospection, et pouvaient-ils s&apos;y opposer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="120"/>
        <source>If a contact is already in the workspace:</source>
        <translation>Si un contact existe déjà dans l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="122"/>
        <source>fill in only its empty fields</source>
        <translation>compléter seulement ses champs vides</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="123"/>
        <source>leave it as it is</source>
        <translation>le laisser tel quel</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="124"/>
        <source>replace its fields with the file&apos;s</source>
        <translation>remplacer ses champs par ceux du fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="207"/>
        <source>the form, e.g. &apos;Newsletter sign-up on acme.fr&apos;</source>
        <translation>le formulaire, ex.&#xa0;: «&#xa0;Inscription newsletter sur acme.fr&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="208"/>
        <source>the event, e.g. &apos;Salon RH Paris, March 2026&apos;</source>
        <translation>l&apos;événement, ex.&#xa0;: «&#xa0;Salon RH Paris, mars 2026&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="209"/>
        <source>e.g. &apos;Web shop customers&apos;</source>
        <translation>ex.&#xa0;: «&#xa0;Clients de la boutique en ligne&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="210"/>
        <source>the provider and the list, e.g. &apos;Kompass, IT managers FR&apos;</source>
        <translation>le fournisseur et la liste, ex.&#xa0;: «&#xa0;Kompass, DSI France&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="211"/>
        <source>the provider and the list</source>
        <translation>le fournisseur et la liste</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="212"/>
        <source>the websites, e.g. &apos;company websites, LinkedIn&apos;</source>
        <translation>les sites, ex.&#xa0;: «&#xa0;sites d&apos;entreprises, LinkedIn&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="213"/>
        <source>the partner&apos;s name</source>
        <translation>le nom du partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="221"/>
        <source>Choose where the contacts come from.</source>
        <translation>Choisissez d&apos;où viennent les contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="223"/>
        <source>Say precisely which one: it is named in the notice people receive.</source>
        <translation>Précisez laquelle&#xa0;: elle est citée dans la mention d&apos;information que reçoivent les personnes.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="244"/>
        <source>&lt;b&gt;Clearlist will record:&lt;/b&gt; source &apos;{name}&apos;, lawful basis: {basis}, informed at collection: {informed}.</source>
        <translation>&lt;b&gt;Clearlist enregistrera&#xa0;:&lt;/b&gt; source «&#xa0;{name}&#xa0;», base légale&#xa0;: {basis}, informés à la collecte&#xa0;: {informed}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="249"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="249"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../gui/import_summary_page.py" line="35"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="44"/>
        <source>Save the rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="46"/>
        <location filename="../../gui/import_summary_page.py" line="140"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="64"/>
        <source>&lt;b&gt;Batch {batch}&lt;/b&gt;: {rows} rows read.</source>
        <translation>&lt;b&gt;Lot {batch}&lt;/b&gt;&#xa0;: {rows} lignes lues.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="68"/>
        <source>{imported} new contacts, {updated} updated, {duplicates} duplicates, {suppressed} left out because they are on the opt-out list, {rejected} rejected.</source>
        <translation>{imported} nouveaux contacts, {updated} mis à jour, {duplicates} doublons, {suppressed} écartés car sur la liste d&apos;opposition, {rejected} rejetés.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="85"/>
        <source>{n} possible duplicates (same name and company, another address) were kept apart: review them in the contacts list.</source>
        <translation>{n} doublons possibles (même nom et même société, autre adresse) ont été gardés séparés&#xa0;: vérifiez-les dans la liste des contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="94"/>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="99"/>
        <source>Rejected rows ({reasons}). The first of them:</source>
        <translation>Lignes rejetées ({reasons}). Les premières&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="105"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="105"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="119"/>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="119"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="132"/>
        <source>The rejected rows were saved to {path}.</source>
        <translation>Les lignes rejetées ont été enregistrées dans {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="142"/>
        <source>Remove the {n} contacts this import created, put back the fields it changed and remove its source from the others?</source>
        <translation>Supprimer les {n} contacts créés par cet import, rétablir les champs qu&apos;il a modifiés et retirer sa source des autres contacts&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="163"/>
        <source>The import was undone: {removed} contacts removed, {restored} put back as they were, {conflicts} fields edited since were left as they are.</source>
        <translation>L&apos;import a été annulé&#xa0;: {removed} contacts supprimés, {restored} rétablis dans leur état précédent, {conflicts} champs modifiés depuis laissés tels quels.</translation>
    </message>
</context>
<context>
    <name>TitlesPage</name>
    <message>
        <location filename="../../gui/title_review_page.py" line="65"/>
        <source>Job titles to review</source>
        <translation>Intitulés de poste à revoir</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="70"/>
        <source>Reading the job titles…</source>
        <translation>Lecture des intitulés de poste…</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="78"/>
        <source>Job title</source>
        <translation>Intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="79"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="80"/>
        <source>Running share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="81"/>
        <source>Read as: function</source>
        <translation>Lu comme&#xa0;: fonction</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="82"/>
        <source>Read as: seniority</source>
        <translation>Lu comme&#xa0;: niveau</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="100"/>
        <source>Choose a title</source>
        <translation>Choisissez un intitulé</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="111"/>
        <location filename="../../gui/title_review_page.py" line="295"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="120"/>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="121"/>
        <source>Seniority:</source>
        <translation>Niveau hiérarchique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="126"/>
        <source>The rule applies to every contact with this title (however it is written: capitals, accents, “(H/F)”), except those whose function was set by hand, and to every contact imported or edited later.</source>
        <translation>La règle s&apos;applique à chaque contact ayant cet intitulé (quelle que soit son écriture&#xa0;: majuscules, accents, «&#xa0;(H/F)&#xa0;»), sauf à ceux dont la fonction a été saisie à la main, ainsi qu&apos;à chaque contact importé ou modifié ensuite.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="140"/>
        <source>Title (as compared)</source>
        <translation>Intitulé (forme comparée)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="140"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="140"/>
        <source>Seniority</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="148"/>
        <location filename="../../gui/title_review_page.py" line="343"/>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="150"/>
        <source>Re-classify all contacts</source>
        <translation>Reclasser tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="153"/>
        <source>Derive every function and seniority again from the job titles, with your rules (functions set by hand are kept).</source>
        <translation>Déduire à nouveau chaque fonction et chaque niveau hiérarchique des intitulés de poste, avec vos règles (les fonctions saisies à la main sont conservées).</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="158"/>
        <source>Your rules</source>
        <translation>Vos règles</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="214"/>
        <source>(and 1 other spelling)</source>
        <translation>(et 1 autre graphie)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="216"/>
        <source>(and {n} other spellings)</source>
        <translation>(et {n} autres graphies)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="250"/>
        <source>Every job title is classified: each contact with a title has a function and a seniority.</source>
        <translation>Tous les intitulés de poste sont classés&#xa0;: chaque contact ayant un intitulé a une fonction et un niveau hiérarchique.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="254"/>
        <source>{n} contacts have a job title Clearlist could not fully classify, under {titles} distinct titles.</source>
        <translation>{n} contacts ont un intitulé de poste que Clearlist n&apos;a pas pu classer entièrement, sous {titles} intitulés distincts.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="258"/>
        <source>The {shown} most common, below, cover {share} of them.</source>
        <translation>Les {shown} plus fréquents, ci-dessous, en couvrent {share}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="265"/>
        <source>Choose a function and a seniority for a title to place all its contacts at once.</source>
        <translation>Choisissez une fonction et un niveau hiérarchique pour un intitulé afin de classer tous ses contacts d&apos;un coup.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="272"/>
        <source>{n} titles to review</source>
        <translation>{n} intitulés à revoir</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="293"/>
        <source>Choose a title in the list</source>
        <translation>Choisissez un intitulé dans la liste</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="297"/>
        <source>Every “{title}” is:</source>
        <translation>Tout «&#xa0;{title}&#xa0;» est&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="299"/>
        <source>Clearlist reads it now as {function} / {seniority}.</source>
        <translation>Clearlist le lit actuellement comme {function} / {seniority}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="306"/>
        <source>Apply to 1 contact</source>
        <translation>Appliquer à 1 contact</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="308"/>
        <source>Apply to {n} contacts</source>
        <translation>Appliquer à {n} contacts</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="331"/>
        <source>Rule saved for “{title}”: {n} contacts changed.</source>
        <translation>Règle enregistrée pour «&#xa0;{title}&#xa0;»&#xa0;: {n} contacts modifiés.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="345"/>
        <source>Remove the rule for “{title}”? Its contacts go back to what Clearlist reads from the title.</source>
        <translation>Retirer la règle pour «&#xa0;{title}&#xa0;»&#xa0;? Ses contacts reviennent à ce que Clearlist déduit de l&apos;intitulé.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="355"/>
        <source>Rule removed for “{title}”: {n} contacts changed.</source>
        <translation>Règle retirée pour «&#xa0;{title}&#xa0;»&#xa0;: {n} contacts modifiés.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="365"/>
        <source>Every contact re-classified: {n} changed.</source>
        <translation>Tous les contacts ont été reclassés&#xa0;: {n} modifiés.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="373"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="51"/>
        <source>Create a workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="51"/>
        <source>Unlock the workspace</source>
        <translation>Déverrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="61"/>
        <source>No system keyring is available to keep this workspace&apos;s key, so it will be protected by a passphrase. Choose one of at least {n} characters: you will need it each time you open Clearlist, and nobody can recover it for you.</source>
        <translation>Aucun trousseau de clés du système n&apos;est disponible pour conserver la clé de cet espace de travail&#xa0;: il sera donc protégé par une phrase secrète. Choisissez-en une d&apos;au moins {n} caractères&#xa0;: vous en aurez besoin à chaque ouverture de Clearlist, et personne ne pourra la retrouver pour vous.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="68"/>
        <source>This workspace is locked with a passphrase. Enter it to open it.</source>
        <translation>Cet espace de travail est verrouillé par une phrase secrète. Saisissez-la pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="70"/>
        <source>Workspace: {path}</source>
        <translation>Espace de travail&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="82"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="84"/>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="96"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="96"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="123"/>
        <source>This passphrase does not open the workspace. Check it (capital letters count) and try again. If it still fails, the file may not be a Clearlist workspace.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas l&apos;espace de travail. Vérifiez-la (les majuscules comptent) et réessayez. Si cela échoue encore, le fichier n&apos;est peut-être pas un espace de travail Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="140"/>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="143"/>
        <source>Use at least {n} characters.</source>
        <translation>Utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../gui/unlock_dialog.py" line="145"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>_SectionEditor</name>
    <message>
        <location filename="../../gui/register_page.py" line="47"/>
        <source>Use the suggestion</source>
        <translation>Utiliser la suggestion</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="48"/>
        <source>Forget your text: the register follows the workspace</source>
        <translation>Oublier votre texte&#xa0;: le registre suit l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="145"/>
        <location filename="../../gui/app.py" line="155"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="146"/>
        <source>Clearlist cannot open the workspace.</source>
        <translation>Clearlist ne peut pas ouvrir l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="148"/>
        <source>File: {path}</source>
        <translation>Fichier&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../gui/export_chart.py" line="24"/>
        <source>On the opt-out list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="25"/>
        <source>Domain opted out</source>
        <translation>Domaine en opposition</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="26"/>
        <source>Kept too long (3 years)</source>
        <translation>Conservé plus de 3 ans</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="27"/>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="28"/>
        <source>Topic unrelated</source>
        <translation>Sujet sans rapport</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="29"/>
        <source>Notice needed</source>
        <translation>Mention art. 14 requise</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="30"/>
        <source>Invalid address</source>
        <translation>Adresse invalide</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gui/contact_model.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="39"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="40"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="41"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="42"/>
        <source>Job title</source>
        <translation>Intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="43"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="44"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="45"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="46"/>
        <source>Sole trader</source>
        <translation>Entrepreneur individuel</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="47"/>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="48"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="49"/>
        <source>Consent source</source>
        <translation>Source du consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="50"/>
        <source>Consent wording</source>
        <translation>Texte du consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="51"/>
        <source>Consent method</source>
        <translation>Mode de consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="52"/>
        <source>Informed at collection</source>
        <translation>Informé à la collecte</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="53"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="54"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="55"/>
        <source>Product category</source>
        <translation>Catégorie de produits</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="56"/>
        <source>Collected on</source>
        <translation>Collecté le</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="57"/>
        <source>Notice sent</source>
        <translation>Mention art. 14 envoyée</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="58"/>
        <source>Last inbound contact</source>
        <translation>Dernier contact reçu</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="59"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="60"/>
        <source>Seniority</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="61"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="62"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="63"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../gui/import_common.py" line="49"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="32"/>
        <source>Access (a copy of their data)</source>
        <translation>Accès (une copie de ses données)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="33"/>
        <source>Rectification (correct their data)</source>
        <translation>Rectification (corriger ses données)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="36"/>
        <source>Erasure (delete their data)</source>
        <translation>Effacement (supprimer ses données)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="37"/>
        <source>Objection (no more marketing)</source>
        <translation>Opposition (plus de prospection)</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../gui/contact_model.py" line="67"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="68"/>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="69"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="70"/>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="71"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="72"/>
        <source>Executive</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="73"/>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="74"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="75"/>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="76"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="77"/>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="78"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="79"/>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="80"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="81"/>
        <source>Engineering</source>
        <translation>Ingénierie</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="82"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="83"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="84"/>
        <source>Owner / executive</source>
        <translation>Dirigeant / propriétaire</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="85"/>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="86"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="87"/>
        <source>Staff</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="88"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="89"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="90"/>
        <source>Own form</source>
        <translation>Votre formulaire</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="91"/>
        <source>Trade show</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="92"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="93"/>
        <source>Purchased list</source>
        <translation>Liste achetée</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="94"/>
        <source>Rented list</source>
        <translation>Liste louée</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="95"/>
        <source>Public web</source>
        <translation>Web public</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="96"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="97"/>
        <source>Manual</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="98"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="99"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../gui/workers.py" line="186"/>
        <source>Something went wrong inside Clearlist; nothing was changed. The details are in the log file; please report them.</source>
        <translation>Une erreur interne s&apos;est produite dans Clearlist&#xa0;; rien n&apos;a été modifié. Les détails figurent dans le fichier journal&#xa0;: merci de nous les transmettre.</translation>
    </message>
    <message>
        <location filename="../../gui/workers.py" line="195"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
</context>
</TS>
