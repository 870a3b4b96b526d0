<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../gui/audit_page.py" line="74"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="75"/>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="76"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="77"/>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="78"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="79"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../gui/audit_page.py" line="109"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="112"/>
        <source>word in the details</source>
        <translation>mot dans les détails</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="113"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="115"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="117"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="142"/>
        <source>Check the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="144"/>
        <source>Recompute every entry&apos;s hash: a changed or removed entry shows here</source>
        <translation>Recalcule l&apos;empreinte de chaque entrée&#xa0;: une entrée modifiée ou supprimée apparaît ici</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="149"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="165"/>
        <source>Every change is recorded here, append-only: entries cannot be edited or deleted, and each carries the fingerprint of the one before.</source>
        <translation>Chaque modification est enregistrée ici, en ajout seul&#xa0;: aucune entrée ne peut être modifiée ni supprimée, et chacune porte l&apos;empreinte de la précédente.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="190"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="194"/>
        <source>{family}* (all)</source>
        <translation>{family}* (toutes)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="214"/>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="225"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>La chaîne de {n} entrées est intacte.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_page.py" line="231"/>
        <source>The chain is broken at entry #{id}: that entry or the one before it was changed or removed outside Clearlist.</source>
        <translation>La chaîne est rompue à l&apos;entrée n°&#xa0;{id}&#xa0;: cette entrée ou la précédente a été modifiée ou supprimée en dehors de Clearlist.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../gui/backup_page.py" line="44"/>
        <source>A backup is a copy of the whole workspace, encrypted with the same key. Keep it on another disk or a USB key. To restore it, this workspace&apos;s key is needed (the system keyring entry, or the passphrase).</source>
        <translation>Une sauvegarde est une copie de tout l&apos;espace de travail, chiffrée avec la même clé. Conservez-la sur un autre disque ou sur une clé USB. Pour la restaurer, il faut la clé de cet espace de travail (l&apos;entrée du trousseau du système, ou la phrase secrète).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="56"/>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="59"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="77"/>
        <source>This workspace has never been backed up.</source>
        <translation>Cet espace de travail n&apos;a jamais été sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="79"/>
        <source>Last backup: {date} ({days} days ago).</source>
        <translation>Dernière sauvegarde&#xa0;: {date} (il y a {days} jours).</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="83"/>
        <source>Make a backup now: the last one is more than a week old.</source>
        <translation>Faites une sauvegarde maintenant&#xa0;: la dernière date de plus d&apos;une semaine.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="96"/>
        <source>Back up the workspace</source>
        <translation>Sauvegarder l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="98"/>
        <source>Clearlist backup (*.clbackup)</source>
        <translation>Sauvegarde Clearlist (*.clbackup)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="130"/>
        <source>Backup written: {name} ({mb} MB)</source>
        <translation>Sauvegarde écrite&#xa0;: {name} ({mb} Mo)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="144"/>
        <location filename="../../gui/backup_page.py" line="152"/>
        <location filename="../../gui/backup_page.py" line="171"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="146"/>
        <source>Clearlist backup (*.clbackup);;All files (*)</source>
        <translation>Sauvegarde Clearlist (*.clbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="154"/>
        <source>Replace everything in this workspace with the backup {name}? Changes made since that backup are lost. The file is checked first: a file that is not a backup of this workspace is refused and nothing changes.</source>
        <translation>Remplacer tout le contenu de cet espace de travail par la sauvegarde {name}&#xa0;? Les modifications faites depuis cette sauvegarde seront perdues. Le fichier est d&apos;abord vérifié&#xa0;: un fichier qui n&apos;est pas une sauvegarde de cet espace de travail est refusé, et rien ne change.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_page.py" line="176"/>
        <source>The workspace was restored from {name}.</source>
        <translation>L&apos;espace de travail a été restauré à partir de {name}.</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <location filename="../../gui/breaches_page.py" line="77"/>
        <source>Record a breach</source>
        <translation>Enregistrer une violation</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="85"/>
        <source>What happened, when, how it was discovered</source>
        <translation>Ce qui s&apos;est passé, quand, comment cela a été découvert</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="87"/>
        <source>e.g. names, e-mail addresses, phones</source>
        <translation>ex.&#xa0;: noms, adresses e-mail, téléphones</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="89"/>
        <source>e.g. prospects, customers</source>
        <translation>ex.&#xa0;: prospects, clients</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="93"/>
        <source>e.g. unwanted e-mails, phishing attempts</source>
        <translation>ex.&#xa0;: e-mails indésirables, tentatives d&apos;hameçonnage</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="95"/>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="96"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="97"/>
        <source>low (unlikely to harm anyone)</source>
        <translation>faible (préjudice peu probable)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="98"/>
        <source>a risk to the people</source>
        <translation>un risque pour les personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="99"/>
        <source>a high risk to the people</source>
        <translation>un risque élevé pour les personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="102"/>
        <source>What was done to stop it and limit the harm</source>
        <translation>Ce qui a été fait pour y mettre fin et en limiter les conséquences</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="103"/>
        <source>Authority (CNIL / IMY) told on</source>
        <translation>Autorité (CNIL / IMY) notifiée le</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="108"/>
        <source>Required when the authority is told more than 72 hours after</source>
        <translation>Obligatoire si l&apos;autorité est notifiée plus de 72 heures après</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="110"/>
        <source>People told on</source>
        <translation>Personnes informées le</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="131"/>
        <source>Noticed on</source>
        <translation>Constatée le</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="132"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="133"/>
        <source>Kinds of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="134"/>
        <source>Kinds of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="135"/>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="136"/>
        <source>Number of records</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="137"/>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="138"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="139"/>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="141"/>
        <source>Reasons for the delay</source>
        <translation>Motifs du retard</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="146"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="148"/>
        <source>A source&apos;s contacts…</source>
        <translation>Les contacts d&apos;une source…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="150"/>
        <source>Save the list (CSV)…</source>
        <translation>Enregistrer la liste (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="153"/>
        <source>&lt;b&gt;Affected contacts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts concernés&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="156"/>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="162"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="200"/>
        <source>Only the breach shown</source>
        <translation>Seulement la violation affichée</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="201"/>
        <source>Export as HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="203"/>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="206"/>
        <source>The log as a document, in:</source>
        <translation>Langue du registre exporté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="254"/>
        <source>Authority not told: {h} h {m} min LATE</source>
        <translation>Autorité non notifiée&#xa0;: {h} h {m} min de RETARD</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="256"/>
        <source>Authority not told: {h} h {m} min left</source>
        <translation>Autorité non notifiée&#xa0;: il reste {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="266"/>
        <source>Breaches in the log: {n}</source>
        <translation>Violations dans le registre&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="267"/>
        <source>Breaches to tell the authority: {n}</source>
        <translation>Violations à notifier à l&apos;autorité&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="308"/>
        <source>Save the breach first, then add the affected contacts.</source>
        <translation>Enregistrez d&apos;abord la violation, puis ajoutez les contacts concernés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="345"/>
        <source>{n} contacts attached.</source>
        <translation>{n} contacts rattachés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="387"/>
        <source>The breach record was saved.</source>
        <translation>La fiche de la violation a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="400"/>
        <source>The authority was told after the 72 hours (deadline {when}): the reasons for the delay are required.</source>
        <translation>L&apos;autorité a été notifiée après le délai de 72 heures (échéance le {when})&#xa0;: les motifs du retard sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="407"/>
        <source>The authority was told after the 72 hours (deadline {when}); the reasons for the delay are recorded.</source>
        <translation>L&apos;autorité a été notifiée après le délai de 72 heures (échéance le {when})&#xa0;; les motifs du retard sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="412"/>
        <source>The authority was told within the 72 hours.</source>
        <translation>L&apos;autorité a été notifiée dans le délai de 72 heures.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="416"/>
        <source>No notification to the authority is needed when a breach is unlikely to harm anyone; it stays in this log.</source>
        <translation>Aucune notification à l&apos;autorité n&apos;est nécessaire quand la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les personnes&#xa0;; elle reste inscrite dans ce registre.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="424"/>
        <source>The 72 hours ended {h} h {m} min ago ({when}). Tell the CNIL (France) or IMY (Sweden) now, and give the reasons for the delay.</source>
        <translation>Le délai de 72 heures a expiré il y a {h} h {m} min ({when}). Notifiez la CNIL (France) ou l&apos;IMY (Suède) dès maintenant, en indiquant les motifs du retard.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="430"/>
        <source>{h} h {m} min left to tell the CNIL (France) or IMY (Sweden): by {when}.</source>
        <translation>Il reste {h} h {m} min pour notifier la CNIL (France) ou l&apos;IMY (Suède)&#xa0;: au plus tard le {when}.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="434"/>
        <source>A high risk: the people must be told too, without delay.</source>
        <translation>Risque élevé&#xa0;: les personnes concernées doivent aussi être informées, dans les meilleurs délais.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="443"/>
        <source>{n} contacts added.</source>
        <translation>{n} contacts ajoutés.</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="456"/>
        <source>Affected contacts</source>
        <translation>Contacts concernés</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="457"/>
        <source>Contacts from the source:</source>
        <translation>Contacts de la source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="470"/>
        <source>Save the affected contacts</source>
        <translation>Enregistrer les contacts concernés</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="472"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="481"/>
        <location filename="../../gui/breaches_page.py" line="515"/>
        <source>Breach log</source>
        <translation>Registre des violations</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="484"/>
        <source>{n} contacts written to {name}</source>
        <translation>{n} contacts écrits dans {name}</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="490"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="490"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="493"/>
        <source>Export the breach log</source>
        <translation>Exporter le registre des violations</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="510"/>
        <source>Personal data breach log</source>
        <translation>Registre des violations de données personnelles</translation>
    </message>
    <message>
        <location filename="../../gui/breaches_page.py" line="518"/>
        <source>The breach log was exported to {name}</source>
        <translation>Le registre des violations a été exporté dans {name}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../gui/campaign_editor.py" line="47"/>
        <source>Your company&apos;s name and postal address, and a contact address</source>
        <translation>Nom et adresse postale de votre entreprise, et une adresse de contact</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="52"/>
        <source>https://yourcompany.example/unsubscribe?t={token}</source>
        <translation>https://votre-entreprise.example/desinscription?t={token}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="55"/>
        <source>e.g. accounting (for existing customers)</source>
        <translation>ex.&#xa0;: comptabilité (pour les clients existants)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="67"/>
        <source>The message carries a first-contact notice</source>
        <translation>Le message comporte la mention d&apos;information (art. 14)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="70"/>
        <source>Needed for contacts whose data was not collected from them (bought, rented, from the web or a partner): GDPR art. 14.</source>
        <translation>Obligatoire pour les contacts dont les données n&apos;ont pas été collectées auprès d&apos;eux (fichier acheté ou loué, web, partenaire)&#xa0;: RGPD, art. 14.</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="77"/>
        <source>Start from the template</source>
        <translation>Partir du modèle</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="89"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="90"/>
        <source>Sender identity</source>
        <translation>Identité de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="91"/>
        <source>Unsubscribe link or mailto:</source>
        <translation>Lien de désinscription ou mailto:</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="92"/>
        <source>Topic relates to</source>
        <translation>Le sujet concerne</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="93"/>
        <source>Product category</source>
        <translation>Catégorie de produits</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="94"/>
        <source>Law for contacts without a country</source>
        <translation>Droit applicable aux contacts sans pays</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="106"/>
        <source>Placeholders: {source_name} (each contact&apos;s precise source), {sender}, {unsubscribe} (the contact&apos;s own link), {authority} (CNIL or IMY).</source>
        <translation>Champs à insérer&#xa0;: {source_name} (la source précise de chaque contact), {sender}, {unsubscribe} (le lien propre au contact), {authority} (CNIL ou IMY).</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="170"/>
        <source>Blocked (it can be saved, not exported): </source>
        <translation>Bloquée (elle peut être enregistrée, mais pas exportée)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_editor.py" line="187"/>
        <source>Ready to export.</source>
        <translation>Prête pour l&apos;export.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../gui/campaigns_page.py" line="52"/>
        <source>New</source>
        <translation>Nouvelle campagne</translation>
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
        <location filename="../../gui/contact_detail.py" line="71"/>
        <source>Select a contact to see and edit it here.

Ctrl+N adds a contact, Ctrl+F searches.</source>
        <translation>Sélectionnez un contact pour l&apos;afficher et le modifier ici.

Ctrl+N ajoute un contact, Ctrl+F lance une recherche.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="123"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="132"/>
        <source>Where this contact came from (read-only).</source>
        <translation>D&apos;où vient ce contact (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="140"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="142"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="144"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="184"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="186"/>
        <source>Two letters, e.g. FR, SE, GB</source>
        <translation>Deux lettres, ex.&#xa0;: FR, SE, GB</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="189"/>
        <source>tag; other tag</source>
        <translation>étiquette; autre étiquette</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="191"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="221"/>
        <source>function set by hand</source>
        <translation>fonction saisie à la main</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="223"/>
        <source>function derived from the job title</source>
        <translation>fonction déduite de l&apos;intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="226"/>
        <source>Added {added}, changed {changed}; {origin}.</source>
        <translation>Ajouté le {added}, modifié le {changed}&#xa0;; {origin}.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="240"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="242"/>
        <source>Only the e-mail address is required. It is recorded as entered by hand.</source>
        <translation>Seule l&apos;adresse e-mail est obligatoire. Le contact est enregistré comme saisi à la main.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="261"/>
        <source>{type}: {name} (acquired {date})</source>
        <translation>{type}&#xa0;: {name} (obtenu le {date})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="268"/>
        <source>None yet: recorded when you save.</source>
        <translation>Aucune pour l&apos;instant&#xa0;: elle sera enregistrée à la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="269"/>
        <source>Sources ({n})</source>
        <translation>Sources ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/contact_detail.py" line="335"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../gui/contacts_page.py" line="76"/>
        <source>Search names, companies, e-mail addresses, job titles (Ctrl+F)</source>
        <translation>Rechercher des noms, sociétés, adresses e-mail, intitulés de poste (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="86"/>
        <location filename="../../gui/contacts_page.py" line="181"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="87"/>
        <source>Add a contact by hand (Ctrl+N)</source>
        <translation>Ajouter un contact à la main (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="89"/>
        <location filename="../../gui/contacts_page.py" line="189"/>
        <location filename="../../gui/contacts_page.py" line="341"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="90"/>
        <source>Delete the selected contacts (Delete)</source>
        <translation>Supprimer les contacts sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="103"/>
        <source>Show all contacts</source>
        <translation>Afficher tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="178"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="265"/>
        <source>Segment “{name}”: 1 contact</source>
        <translation>Segment «&#xa0;{name}&#xa0;»&#xa0;: 1 contact</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="267"/>
        <source>Segment “{name}”: {n} contacts</source>
        <translation>Segment «&#xa0;{name}&#xa0;»&#xa0;: {n} contacts</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="299"/>
        <location filename="../../gui/contacts_page.py" line="328"/>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="300"/>
        <source>Select at most {n} contacts to delete at once.</source>
        <translation>Sélectionnez au plus {n} contacts à supprimer en une fois.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="320"/>
        <source>1 contact deleted.</source>
        <translation>1 contact supprimé.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="322"/>
        <source>{n} contacts deleted.</source>
        <translation>{n} contacts supprimés.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="330"/>
        <source>Delete this contact?</source>
        <translation>Supprimer ce contact&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="332"/>
        <source>Delete these {n} contacts?</source>
        <translation>Supprimer ces {n} contacts&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="336"/>
        <source>They are removed from the workspace, and the deletion is recorded in the audit trail. To make sure someone is never contacted again, add the address to the opt-out list instead.</source>
        <translation>Ils sont retirés de l&apos;espace de travail, et la suppression est consignée dans le journal d&apos;audit. Pour qu&apos;une personne ne soit plus jamais contactée, ajoutez plutôt son adresse à la liste d&apos;opposition.</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="366"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="367"/>
        <source>Save the changes to this contact?</source>
        <translation>Enregistrer les modifications de ce contact&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="416"/>
        <source>{shown} of {total} contacts in the segment</source>
        <translation>{shown} contacts sur {total} dans le segment</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="420"/>
        <source>{shown} of {total} contacts match</source>
        <translation>{shown} contacts sur {total} correspondent</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="424"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../gui/contacts_page.py" line="425"/>
        <source>{total} contacts</source>
        <translation>{total} contacts</translation>
    </message>
</context>
<context>
    <name>CountChart</name>
    <message>
        <location filename="../../gui/overview_page.py" line="107"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../gui/segment_editor.py" line="133"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="134"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>DueRequestsPanel</name>
    <message>
        <location filename="../../gui/overview_requests.py" line="44"/>
        <source>The people&apos;s rights and your duties</source>
        <translation>Droits des personnes et vos obligations</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="57"/>
        <source>Requests…</source>
        <translation>Demandes…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="58"/>
        <source>Breach log…</source>
        <translation>Registre des violations…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="59"/>
        <source>Retention…</source>
        <translation>Conservation…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="60"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="60"/>
        <source>Backup…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="101"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="102"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="104"/>
        <source>an erased or unknown person</source>
        <translation>une personne effacée ou inconnue</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="112"/>
        <source>No request is overdue or due this week.</source>
        <translation>Aucune demande en retard ni à traiter cette semaine.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="115"/>
        <source>{overdue} overdue, {soon} due within 7 days:</source>
        <translation>{overdue} en retard, {soon} à traiter sous 7 jours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="119"/>
        <source>and {n} more</source>
        <translation>et {n} autres</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="126"/>
        <source>No breach is waiting to be told to the authority.</source>
        <translation>Aucune violation en attente de notification à l&apos;autorité.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="134"/>
        <source>Breach #{id}: the 72 hours ended {h} h {m} min ago: tell the CNIL / IMY now</source>
        <translation>Violation n°&#xa0;{id}&#xa0;: délai de 72 heures dépassé de {h} h {m} min, notifiez la CNIL / l&apos;IMY maintenant</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="137"/>
        <source>Breach #{id}: {h} h {m} min left to tell the CNIL / IMY</source>
        <translation>Violation n°&#xa0;{id}&#xa0;: il reste {h} h {m} min pour notifier la CNIL / l&apos;IMY</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="147"/>
        <source>Never backed up: make a backup now.</source>
        <translation>Jamais sauvegardé&#xa0;: faites une sauvegarde maintenant.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="149"/>
        <source>The last backup is {days} days old: make a backup now.</source>
        <translation>La dernière sauvegarde date de {days} jours&#xa0;: faites-en une maintenant.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="156"/>
        <source>Nothing to back up yet.</source>
        <translation>Rien à sauvegarder pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="158"/>
        <source>Last backup {days} days ago.</source>
        <translation>Dernière sauvegarde il y a {days} jours.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="165"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_requests.py" line="182"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>La durée de conservation de {ended} contacts a expiré&#xa0;; celle de {soon} autres expire dans les 60 jours.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../gui/demo_offer.py" line="52"/>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="54"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="57"/>
        <source>Load about {n} demo contacts</source>
        <translation>Charger environ {n} contacts de démonstration</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="60"/>
        <source>Fictitious people and companies, to try Clearlist. Delete them any time.</source>
        <translation>Des personnes et des sociétés fictives, pour essayer Clearlist. Supprimez-les quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="63"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="90"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="93"/>
        <source>Import a spreadsheet (or drop a .csv or .xlsx file on this window), add a contact by hand, or load about {n} fictitious demo contacts to try Clearlist.</source>
        <translation>Importez un tableur (ou déposez un fichier .csv ou .xlsx sur cette fenêtre), ajoutez un contact à la main, ou chargez environ {n} contacts fictifs de démonstration pour essayer Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="104"/>
        <source>No contact matches “{text}”</source>
        <translation>Aucun contact ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/demo_offer.py" line="107"/>
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
        <location filename="../../gui/export_chart.py" line="60"/>
        <location filename="../../gui/export_chart.py" line="62"/>
        <source>Cleared</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="66"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="73"/>
        <source>Export the cleared contacts</source>
        <translation>Exporter les contacts autorisés</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="93"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="105"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="108"/>
        <source>1. Campaign and contacts</source>
        <translation>1. Campagne et contacts</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="110"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="111"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="112"/>
        <source>Only these job functions</source>
        <translation>Uniquement ces fonctions</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="117"/>
        <source>Press Preview to see who may receive the campaign.</source>
        <translation>Cliquez sur Aperçu pour voir qui peut recevoir la campagne.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="123"/>
        <source>Search the excluded contacts</source>
        <translation>Rechercher dans les contacts exclus</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="126"/>
        <source>Every reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="146"/>
        <source>2. Preview</source>
        <translation>2. Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="168"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="171"/>
        <source>CSV, comma-separated (UTF-8)</source>
        <translation>CSV, séparateur virgule (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="172"/>
        <source>CSV, semicolon-separated (UTF-8, French Excel)</source>
        <translation>CSV, séparateur point-virgule (UTF-8, Excel français)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="173"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="174"/>
        <source>Write the file…</source>
        <translation>Écrire le fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="178"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="180"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="182"/>
        <source>3. File</source>
        <translation>3. Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="184"/>
        <source>Columns for</source>
        <translation>Colonnes pour</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="231"/>
        <source>There is no campaign yet: create one on the Campaigns page.</source>
        <translation>Il n&apos;y a encore aucune campagne&#xa0;: créez-en une dans la page Campagnes.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="255"/>
        <source>Deciding…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="264"/>
        <source>{exported} of {considered} contacts may receive this campaign ({notice} of them only with the first-contact notice); {excluded} are left out.</source>
        <translation>{exported} contacts sur {considered} peuvent recevoir cette campagne (dont {notice} seulement avec la mention d&apos;information de l&apos;art. 14)&#xa0;; {excluded} sont exclus.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="276"/>
        <source>Warnings: {flags}.</source>
        <translation>Alertes&#xa0;: {flags}.</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="289"/>
        <source>{n} excluded contacts match</source>
        <translation>{n} contacts exclus correspondent</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="298"/>
        <source>Write the cleared contacts</source>
        <translation>Écrire les contacts autorisés</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="331"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="339"/>
        <source>Export written</source>
        <translation>Export écrit</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="341"/>
        <source>{n} contacts written to {name}. The export is recorded on the Exports page; mark it as sent there once the campaign has gone out.</source>
        <translation>{n} contacts écrits dans {name}. L&apos;export est enregistré dans la page Exports&#xa0;; marquez-le comme envoyé une fois la campagne partie.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../gui/exports_page.py" line="48"/>
        <source>Made (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="49"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="50"/>
        <source>Columns for</source>
        <translation>Colonnes pour</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="51"/>
        <source>Considered</source>
        <translation>Examinés</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="52"/>
        <source>Exported</source>
        <translation>Exportés</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="53"/>
        <source>Excluded by reason</source>
        <translation>Exclus par motif</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="54"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="55"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="56"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="66"/>
        <source>No export yet. Exports are made from a campaign: press New export.</source>
        <translation>Aucun export pour l&apos;instant. Un export se fait à partir d&apos;une campagne&#xa0;: cliquez sur Nouvel export.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="68"/>
        <source>New export…</source>
        <translation>Nouvel export…</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="70"/>
        <location filename="../../gui/exports_page.py" line="125"/>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="127"/>
        <source>Record that the campaign “{name}” was sent today to the {n} contacts of this export? Those who needed the first-contact notice will be recorded as having received it today.</source>
        <translation>Enregistrer que la campagne «&#xa0;{name}&#xa0;» a été envoyée aujourd&apos;hui aux {n} contacts de cet export&#xa0;? Ceux qui devaient recevoir la mention d&apos;information (art. 14) seront notés comme l&apos;ayant reçue aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../gui/exports_page.py" line="142"/>
        <source>Marked as sent: {n} contacts, {notices} notices recorded.</source>
        <translation>Marqué comme envoyé&#xa0;: {n} contacts, {notices} mentions d&apos;information enregistrées.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../gui/import_file_page.py" line="29"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="30"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="31"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="32"/>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="39"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="42"/>
        <source>A spreadsheet (.xlsx, .xls, .ods) or a text file (.csv, .tsv, .txt) with one contact per row. Drop it here or browse for it.</source>
        <translation>Un tableur (.xlsx, .xls, .ods) ou un fichier texte (.csv, .tsv, .txt) avec un contact par ligne. Déposez-le ici ou cherchez-le sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="47"/>
        <source>Drop a file here</source>
        <translation>Déposez un fichier ici</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="57"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="58"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="60"/>
        <source>Earlier imports…</source>
        <translation>Imports précédents…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="61"/>
        <source>See the files imported before, and undo one of them</source>
        <translation>Voir les fichiers déjà importés, et annuler l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="99"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="101"/>
        <source>Contact lists ({patterns});;All files (*)</source>
        <translation>Listes de contacts ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="126"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="151"/>
        <source>A workbook with {n} sheet(s); sheet &apos;{sheet}&apos; is read.</source>
        <translation>Un classeur de {n} feuille(s)&#xa0;; la feuille «&#xa0;{sheet}&#xa0;» est lue.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="155"/>
        <source>A text file in {encoding}, values separated by {delimiter}.</source>
        <translation>Un fichier texte en {encoding}, valeurs séparées par des {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_file_page.py" line="161"/>
        <source>About {rows} rows and {columns} columns.</source>
        <translation>Environ {rows} lignes et {columns} colonnes.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../gui/import_history.py" line="29"/>
        <source>own form</source>
        <translation>votre formulaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="30"/>
        <source>trade show</source>
        <translation>salon</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="31"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="32"/>
        <source>bought</source>
        <translation>liste achetée</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="33"/>
        <source>rented</source>
        <translation>liste louée</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="34"/>
        <source>public websites</source>
        <translation>sites web publics</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="35"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="36"/>
        <source>by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="48"/>
        <source>Earlier imports</source>
        <translation>Imports précédents</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="52"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="53"/>
        <source>New / updated</source>
        <translation>Nouveaux / mis à jour</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="53"/>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="64"/>
        <source>Undo this import…</source>
        <translation>Annuler cet import…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="97"/>
        <source>No file was imported yet.</source>
        <translation>Aucun fichier n&apos;a encore été importé.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="114"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="116"/>
        <source>Undo batch {batch} ({file})? The contacts it created are removed (unless a later import brought them too), the fields it changed are put back, and its source is removed from the other contacts.</source>
        <translation>Annuler le lot {batch} ({file})&#xa0;? Les contacts qu&apos;il a créés sont supprimés (sauf si un import ultérieur les a aussi apportés), les champs qu&apos;il a modifiés sont rétablis, et sa source est retirée des autres contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="126"/>
        <source>Undoing batch {batch}…</source>
        <translation>Annulation du lot {batch}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_history.py" line="142"/>
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
        <location filename="../../gui/main_window.py" line="58"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <source>Job titles</source>
        <translation>Intitulés de poste</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="62"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="64"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="65"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="66"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="68"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="70"/>
        <source>Opt-out list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="87"/>
        <source>Clearlist — {name}</source>
        <translation>Clearlist — {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Key: system keyring</source>
        <translation>Clé&#xa0;: trousseau du système</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Key: passphrase</source>
        <translation>Clé&#xa0;: phrase secrète</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>As of {date}</source>
        <translation>À la date du {date}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>&amp;About Clearlist</source>
        <translation>À &amp;propos de Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>Clearlist will speak {language} the next time it starts. Dates and numbers will then be written as in that language too.</source>
        <translation>Langue de Clearlist au prochain démarrage&#xa0;: {language}. Les dates et les nombres seront alors aussi écrits selon les usages de cette langue.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>About Clearlist</source>
        <translation>À propos de Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287"/>
        <source>Clearlist keeps your prospect lists in one encrypted workspace and exports only the contacts you may lawfully e-mail.

Workspace: {path}</source>
        <translation>Clearlist conserve vos listes de prospects dans un espace de travail chiffré et n&apos;exporte que les contacts auxquels vous avez le droit d&apos;écrire par e-mail.

Espace de travail&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="302"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
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
        <location filename="../../gui/import_mapping_page.py" line="222"/>
        <location filename="../../gui/import_mapping_page.py" line="224"/>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="154"/>
        <source>never imported</source>
        <translation>jamais importée</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="179"/>
        <source>&apos;{field}&apos; comes from &apos;{header}&apos;</source>
        <translation>«&#xa0;{field}&#xa0;» vient de «&#xa0;{header}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="187"/>
        <source>never imported ({kind} data)</source>
        <translation>jamais importée (donnée sensible&#xa0;: {kind})</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="249"/>
        <source>{n} columns imported, {m} not imported.</source>
        <translation>{n} colonnes importées, {m} non importées.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="254"/>
        <source>Choose the column that holds the e-mail addresses.</source>
        <translation>Choisissez la colonne qui contient les adresses e-mail.</translation>
    </message>
    <message>
        <location filename="../../gui/import_mapping_page.py" line="257"/>
        <source>&apos;{header}&apos; looks like {kind} data: it is never imported.</source>
        <translation>«&#xa0;{header}&#xa0;» semble contenir des données sensibles ({kind})&#xa0;: cette colonne n&apos;est jamais importée.</translation>
    </message>
</context>
<context>
    <name>OptoutModel</name>
    <message>
        <location filename="../../gui/optout_page.py" line="90"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="91"/>
        <source>Address, domain or hash</source>
        <translation>Adresse, domaine ou empreinte</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="92"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="93"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="94"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>OptoutPage</name>
    <message>
        <location filename="../../gui/optout_page.py" line="163"/>
        <source>Search an address, a domain, a hash or a file name</source>
        <translation>Rechercher une adresse, un domaine, une empreinte ou un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="166"/>
        <source>Every reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="184"/>
        <source>Add addresses or domains…</source>
        <translation>Ajouter des adresses ou des domaines…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="185"/>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="186"/>
        <source>Import hashes…</source>
        <translation>Importer des empreintes…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="187"/>
        <source>Export as SHA-256…</source>
        <translation>Exporter en SHA-256…</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="227"/>
        <source>{n} entries on the opt-out list. They are never removed automatically.</source>
        <translation>{n} entrées sur la liste d&apos;opposition. Elles ne sont jamais supprimées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="235"/>
        <source>{n} opt-out entries</source>
        <translation>{n} entrées d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="239"/>
        <source>{n} matching</source>
        <translation>{n} correspondantes</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="248"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="249"/>
        <source>Why are these people on the list?</source>
        <translation>Pourquoi ces personnes sont-elles sur la liste&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="259"/>
        <source>Add to the opt-out list</source>
        <translation>Ajouter à la liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="260"/>
        <source>Addresses, or whole domains written @example.com, one per line:</source>
        <translation>Des adresses, ou des domaines entiers écrits @example.com, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="275"/>
        <source>{added} added, {already} already on the list.</source>
        <translation>{added} ajoutées, {already} déjà sur la liste.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="285"/>
        <source>Import an opt-out file</source>
        <translation>Importer un fichier d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="287"/>
        <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="295"/>
        <source>Hashes</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="296"/>
        <source>Which hashes does the file hold (first column)?</source>
        <translation>Quelles empreintes le fichier contient-il (première colonne)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="331"/>
        <source>{added} added, {already} already on the list, {skipped} values skipped (column “{column}”).</source>
        <translation>{added} ajoutées, {already} déjà sur la liste, {skipped} valeurs ignorées (colonne «&#xa0;{column}&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="340"/>
        <source>Read as our unsubscribe codes: {n} contacts found.</source>
        <translation>Lu comme nos codes de désinscription&#xa0;: {n} contacts trouvés.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="354"/>
        <source>Export the list as SHA-256 hashes</source>
        <translation>Exporter la liste en empreintes SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="356"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="370"/>
        <source>{domains} whole domains and {md5} MD5 hashes cannot be written as address hashes; give the domains to the provider separately.</source>
        <translation>{domains} domaines entiers et {md5} empreintes MD5 ne peuvent pas être écrits comme empreintes d&apos;adresses&#xa0;; transmettez les domaines au prestataire séparément.</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="375"/>
        <source>Opt-out list exported</source>
        <translation>Liste d&apos;opposition exportée</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="376"/>
        <source>{n} SHA-256 hashes written to {name}.</source>
        <translation>{n} empreintes SHA-256 écrites dans {name}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview_page.py" line="150"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="155"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="158"/>
        <source>Review job titles…</source>
        <translation>Revoir les intitulés de poste…</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="171"/>
        <source>Contacts per job function</source>
        <translation>Contacts par fonction</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="174"/>
        <source>Contacts per seniority</source>
        <translation>Contacts par niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="180"/>
        <source>Click a bar to see those contacts.</source>
        <translation>Cliquez sur une barre pour voir ces contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="230"/>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="260"/>
        <source>The workspace has no contacts yet: import a file to begin.</source>
        <translation>L&apos;espace de travail ne contient encore aucun contact&#xa0;: importez un fichier pour commencer.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="262"/>
        <source>1 contact.</source>
        <translation>1 contact.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="264"/>
        <source>{n} contacts.</source>
        <translation>{n} contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="268"/>
        <source>{n} of them have a job title Clearlist could not fully classify ({titles} distinct titles): review the most common ones to place them.</source>
        <translation>{n} d&apos;entre eux ont un intitulé de poste que Clearlist n&apos;a pas pu classer entièrement ({titles} intitulés distincts)&#xa0;: revoyez les plus fréquents pour les classer.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../gui/person_page.py" line="71"/>
        <source>Find a person by e-mail address or name</source>
        <translation>Trouver une personne par adresse e-mail ou par nom</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="103"/>
        <source>Everything stored</source>
        <translation>Tout ce qui est conservé</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="104"/>
        <source>Correct the data</source>
        <translation>Rectifier les données</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="106"/>
        <source>Access report…</source>
        <translation>Rapport d&apos;accès…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="108"/>
        <source>Write the person&apos;s access report (GDPR art. 15) as PDF, HTML or JSON</source>
        <translation>Écrire le rapport d&apos;accès de la personne (RGPD, art. 15) en PDF, HTML ou JSON</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="111"/>
        <source>Log a request…</source>
        <translation>Enregistrer une demande…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="113"/>
        <source>Opt out (objection)</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="115"/>
        <source>Put the address on the opt-out list now: no more marketing messages</source>
        <translation>Inscrire l&apos;adresse sur la liste d&apos;opposition dès maintenant&#xa0;: plus aucun message de prospection</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="118"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="121"/>
        <source>Delete every trace of the person; keep only a fingerprint of the address</source>
        <translation>Supprimer toute trace de la personne&#xa0;; ne garder qu&apos;une empreinte de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="157"/>
        <source>Type an address (or its beginning) or a name. A person who is only on the opt-out list is found by their full address.</source>
        <translation>Saisissez une adresse (ou son début) ou un nom. Une personne qui figure seulement sur la liste d&apos;opposition se retrouve par son adresse complète.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="184"/>
        <source>{email} (opt-out list only)</source>
        <translation>{email} (liste d&apos;opposition seulement)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="188"/>
        <source>No one found.</source>
        <translation>Personne n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="208"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="235"/>
        <source>No person chosen</source>
        <translation>Aucune personne choisie</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="241"/>
        <source>Find a person on the left to see everything stored about them and to answer their requests.</source>
        <translation>Cherchez une personne à gauche pour voir tout ce qui est conservé à son sujet et répondre à ses demandes.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="253"/>
        <source>On the opt-out list</source>
        <translation>Sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="255"/>
        <source>Whole domain opted out</source>
        <translation>Domaine entier en opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="258"/>
        <source>{n} open request(s)</source>
        <translation>{n} demande(s) en cours</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="260"/>
        <source>Company role address (not personal data)</source>
        <translation>Adresse fonctionnelle d&apos;entreprise (pas une donnée personnelle)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="270"/>
        <source>cleared</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="271"/>
        <source>cleared with the notice</source>
        <translation>autorisé avec la mention d&apos;information</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="272"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="274"/>
        <source>Stored data</source>
        <translation>Données conservées</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="290"/>
        <source>No contact row: only the opt-out list holds this address.</source>
        <translation>Aucune fiche contact&#xa0;: seule la liste d&apos;opposition contient cette adresse.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="295"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="297"/>
        <source>A company role address: no retention limit.</source>
        <translation>Adresse fonctionnelle d&apos;entreprise&#xa0;: aucune limite de conservation.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="299"/>
        <source>Kept until {date} (three years after {basis}, {start}).</source>
        <translation>Conservé jusqu&apos;au {date} (trois ans après {basis}, le {start}).</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="302"/>
        <source>collection</source>
        <translation>la collecte</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="303"/>
        <source>the person&apos;s last contact</source>
        <translation>le dernier contact venant de la personne</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="304"/>
        <source>the last purchase</source>
        <translation>le dernier achat</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="309"/>
        <source>No date to count from.</source>
        <translation>Aucune date de départ pour le calcul.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="312"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="319"/>
        <source>None recorded.</source>
        <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="322"/>
        <source>Exports and campaigns</source>
        <translation>Exports et campagnes</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="325"/>
        <source>{date}: “{campaign}” for {tool} ({decision})</source>
        <translation>{date}&#xa0;: «&#xa0;{campaign}&#xa0;» pour {tool} ({decision})</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="328"/>
        <source>any e-mail tool</source>
        <translation>tout outil d&apos;envoi d&apos;e-mails</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="333"/>
        <source>Never exported.</source>
        <translation>Jamais exporté.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="336"/>
        <source>Opt-out</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="339"/>
        <source>{date}: {kind}, reason {reason}</source>
        <translation>{date}&#xa0;: {kind}, motif {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="346"/>
        <source>Not on the opt-out list.</source>
        <translation>Ne figure pas sur la liste d&apos;opposition.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="349"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="352"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="353"/>
        <source>answered</source>
        <translation>traitée</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="354"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="358"/>
        <source>Received {received}: {kind} — {status}, answer by {deadline}</source>
        <translation>Reçue le {received}&#xa0;: {kind} — {status}, réponse au plus tard le {deadline}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="366"/>
        <source>No request.</source>
        <translation>Aucune demande.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="369"/>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="372"/>
        <source>Breach #{id}, noticed {date}</source>
        <translation>Violation n°&#xa0;{id}, constatée le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="391"/>
        <source>Save the access report</source>
        <translation>Enregistrer le rapport d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="393"/>
        <source>PDF (*.pdf);;Web page (*.html);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="416"/>
        <source>Access report</source>
        <translation>Rapport d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="419"/>
        <source>Access report saved: {name}</source>
        <translation>Rapport d&apos;accès enregistré&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="439"/>
        <location filename="../../gui/person_page.py" line="456"/>
        <source>Opt out</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="441"/>
        <source>Put {email} on the opt-out list now? No marketing message will be sent to this address again.</source>
        <translation>Inscrire {email} sur la liste d&apos;opposition maintenant&#xa0;? Plus aucun message de prospection ne sera envoyé à cette adresse.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="458"/>
        <source>The address is on the opt-out list.</source>
        <translation>L&apos;adresse est sur la liste d&apos;opposition.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="467"/>
        <location filename="../../gui/person_page.py" line="489"/>
        <location filename="../../gui/person_page.py" line="502"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="468"/>
        <source>Erase {email} everywhere?</source>
        <translation>Effacer {email} partout&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="471"/>
        <source>The contact, its notes, its history, its export and breach links and its search entries are deleted for good. Only a fingerprint (SHA-256) of the address stays on the opt-out list, so that no later import brings the person back. This cannot be undone.</source>
        <translation>Le contact, ses notes, son historique, ses liens avec les exports et les violations et ses entrées de recherche sont supprimés définitivement. Seule une empreinte (SHA-256) de l&apos;adresse reste sur la liste d&apos;opposition, pour qu&apos;aucun import ultérieur ne fasse revenir la personne. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="477"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="492"/>
        <source>The person was erased; only a fingerprint of the address is kept.</source>
        <translation>La personne a été effacée&#xa0;; seule une empreinte de l&apos;adresse est conservée.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="495"/>
        <source>They were in files exported for: {tools}. Delete them in those tools too.</source>
        <translation>Elle figurait dans des fichiers exportés pour&#xa0;: {tools}. Supprimez-la aussi dans ces outils.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="499"/>
        <source>Another task was reading the workspace, so old copies of the erased data remain in its journal until Clearlist is closed.</source>
        <translation>Une autre tâche lisait l&apos;espace de travail&#xa0;: d&apos;anciennes copies des données effacées restent donc dans son journal jusqu&apos;à la fermeture de Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/person_page.py" line="513"/>
        <source>The correction was saved (and audited).</source>
        <translation>La rectification a été enregistrée (et consignée dans le journal d&apos;audit).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/import_preview_page.py" line="42"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="44"/>
        <source>What the import will do. Nothing is saved yet: check, then press Import.</source>
        <translation>Ce que l&apos;import va faire. Rien n&apos;est encore enregistré&#xa0;: vérifiez, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="56"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="64"/>
        <source>Rows in the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="65"/>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="66"/>
        <source>Contacts already here, updated</source>
        <translation>Contacts déjà présents, mis à jour</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="67"/>
        <source>Duplicates (nothing to change)</source>
        <translation>Doublons (rien à changer)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="68"/>
        <source>On the opt-out list (never imported)</source>
        <translation>Sur la liste d&apos;opposition (jamais importés)</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="69"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="88"/>
        <source>The first contacts, as they will be stored:</source>
        <translation>Les premiers contacts, tels qu&apos;ils seront enregistrés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="93"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="125"/>
        <source>This same file was already imported on {date} (batch {batch}, source &apos;{source}&apos;). Importing it again adds no new contacts; it links them to this source too.</source>
        <translation>Ce même fichier a déjà été importé le {date} (lot {batch}, source «&#xa0;{source}&#xa0;»). L&apos;importer à nouveau n&apos;ajoute aucun contact&#xa0;; cela les rattache aussi à cette source.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="146"/>
        <source>{n} possible duplicates (same name and company, another address) will be kept apart, not merged.</source>
        <translation>{n} doublons possibles (même nom et même société, autre adresse) seront gardés séparés, sans fusion.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="152"/>
        <source>{n} columns are not imported.</source>
        <translation>{n} colonnes ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../gui/import_preview_page.py" line="171"/>
        <source>Preview stopped. Go back, or press Next to import.</source>
        <translation>Aperçu arrêté. Revenez en arrière, ou cliquez sur Suivant pour importer.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../gui/register_page.py" line="75"/>
        <source>The record of processing activities the GDPR asks every business that manages prospects and customers to keep (article 30). Sections you have not edited follow the workspace: the sources in use, the tools lists were exported to, the kinds of data stored.</source>
        <translation>Le registre des activités de traitement que le RGPD demande de tenir à toute entreprise qui gère des prospects et des clients (article 30). Les rubriques que vous n&apos;avez pas modifiées suivent l&apos;espace de travail&#xa0;: les sources utilisées, les outils vers lesquels des listes ont été exportées, les catégories de données conservées.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="88"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="91"/>
        <source>Export as HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="93"/>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="96"/>
        <source>Language of the suggestions and the export:</source>
        <translation>Langue des suggestions et de l&apos;export&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="132"/>
        <source>your text (saved {date})</source>
        <translation>votre texte (enregistré le {date})</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="135"/>
        <source>suggested from the workspace</source>
        <translation>suggéré d&apos;après l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="155"/>
        <source>The register was saved.</source>
        <translation>Le registre a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="167"/>
        <location filename="../../gui/register_page.py" line="198"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="168"/>
        <source>Save your changes to the register?</source>
        <translation>Enregistrer vos modifications du registre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="177"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="177"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="180"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="194"/>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="201"/>
        <source>The register was exported to {name}</source>
        <translation>Le registre a été exporté dans {name}</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="29"/>
        <source>Access report</source>
        <translation>Rapport d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="36"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="40"/>
        <source>Access request received {date}</source>
        <translation>Demande d&apos;accès reçue le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="48"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../gui/report_options_dialog.py" line="49"/>
        <source>Answers the request</source>
        <translation>Répond à la demande</translation>
    </message>
</context>
<context>
    <name>RequestCloseDialog</name>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="26"/>
        <location filename="../../gui/request_close_dialog.py" line="43"/>
        <source>Close the request</source>
        <translation>Clôturer la demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="28"/>
        <source>Answered</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="29"/>
        <source>Refused (say why)</source>
        <translation>Refusée (indiquez pourquoi)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="32"/>
        <source>What was done, or why the request is refused (the person must be told)</source>
        <translation>Ce qui a été fait, ou pourquoi la demande est refusée (la personne doit en être informée)</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="36"/>
        <source>e.g. access-report.pdf</source>
        <translation>ex.&#xa0;: rapport-acces.pdf</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="39"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="40"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="41"/>
        <source>File sent</source>
        <translation>Fichier envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/request_close_dialog.py" line="42"/>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="50"/>
        <source>Log a request</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="57"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="63"/>
        <source>e.g. the request came from the address we hold; ID card seen</source>
        <translation>ex.&#xa0;: la demande vient de l&apos;adresse que nous avons&#xa0;; pièce d&apos;identité vue</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="68"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="69"/>
        <source>Person&apos;s e-mail address</source>
        <translation>Adresse e-mail de la personne</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="70"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="71"/>
        <source>How identity was checked</source>
        <translation>Vérification de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="72"/>
        <source>Answer by</source>
        <translation>Réponse au plus tard le</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="73"/>
        <source>Log the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="81"/>
        <source>{date} (one month; can be extended by two months if you tell the person within the first month)</source>
        <translation>{date} (un mois&#xa0;; prolongeable de deux mois si vous en informez la personne dans le premier mois)</translation>
    </message>
</context>
<context>
    <name>RequestExtendDialog</name>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="26"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="31"/>
        <source>The answer may take two more months (until {later}) for a complex request, provided the person is told, with the reasons, within the first month (by {first}).</source>
        <translation>Pour une demande complexe, la réponse peut prendre deux mois de plus (jusqu&apos;au {later}), à condition d&apos;en informer la personne, avec les motifs, dans le premier mois (au plus tard le {first}).</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="40"/>
        <source>The person was told on</source>
        <translation>Personne informée le</translation>
    </message>
    <message>
        <location filename="../../gui/request_extend_dialog.py" line="41"/>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../gui/requests_page.py" line="52"/>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="53"/>
        <source>Overdue or due this week</source>
        <translation>En retard ou à traiter cette semaine</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="54"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="62"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="63"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="64"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="65"/>
        <source>Identity checked by</source>
        <translation>Identité vérifiée par</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="66"/>
        <source>Answer by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="67"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="68"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="69"/>
        <source>File sent</source>
        <translation>Fichier envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="82"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="84"/>
        <source>Extend the deadline…</source>
        <translation>Prolonger le délai…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="86"/>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="88"/>
        <source>Open the person</source>
        <translation>Ouvrir la fiche de la personne</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="115"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="116"/>
        <source>answered</source>
        <translation>traitée</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="117"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="122"/>
        <source>(no contact: erased or unknown)</source>
        <translation>(aucun contact&#xa0;: effacé ou inconnu)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="127"/>
        <source>(extended)</source>
        <translation>(prolongé)</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="130"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="132"/>
        <source>due this week</source>
        <translation>échéance cette semaine</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="153"/>
        <source>{overdue} overdue, {soon} due this week</source>
        <translation>{overdue} en retard, {soon} à échéance cette semaine</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="186"/>
        <source>The request was logged.</source>
        <translation>La demande a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../gui/requests_page.py" line="219"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../gui/retention_page.py" line="55"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="57"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="58"/>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="59"/>
        <source>Counted from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="83"/>
        <source>collection on {date}</source>
        <translation>collecte le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="84"/>
        <source>their last contact on {date}</source>
        <translation>dernier contact le {date}</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="85"/>
        <source>their last purchase on {date}</source>
        <translation>dernier achat le {date}</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../gui/retention_page.py" line="118"/>
        <source>A prospect&apos;s data is kept three years from its collection or from the last contact coming from the person (a reply, an order, a click), whichever is later; a customer&apos;s, three years after the last purchase. The opt-out list is never purged.</source>
        <translation>Les données d&apos;un prospect sont conservées trois ans à compter de leur collecte ou du dernier contact venant de la personne (une réponse, une commande, un clic), la date la plus récente étant retenue&#xa0;; celles d&apos;un client, trois ans après son dernier achat. La liste d&apos;opposition n&apos;est jamais purgée.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="137"/>
        <source>Ended</source>
        <translation>Durée expirée</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="138"/>
        <source>Ending within 60 days</source>
        <translation>Expire sous 60 jours</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="140"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="142"/>
        <source>Delete the ended contacts…</source>
        <translation>Supprimer les contacts expirés…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="145"/>
        <source>Save the list ending soon (CSV)…</source>
        <translation>Enregistrer les prochaines expirations (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="147"/>
        <source>Write them to a file, to ask them whether they are still interested</source>
        <translation>Les écrire dans un fichier, pour leur demander s&apos;ils sont toujours intéressés</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="192"/>
        <source>Checking every contact&apos;s retention period…</source>
        <translation>Vérification de la durée de conservation de chaque contact…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="212"/>
        <source>Ended ({n})</source>
        <translation>Durée expirée ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="214"/>
        <source>Ending within 60 days ({n})</source>
        <translation>Expire sous 60 jours ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="217"/>
        <source>{ended} contacts&apos; retention period has ended; {soon} more end within 60 days.</source>
        <translation>La durée de conservation de {ended} contacts a expiré&#xa0;; celle de {soon} autres expire dans les 60 jours.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="233"/>
        <source>Delete the ended contacts</source>
        <translation>Supprimer les contacts expirés</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="235"/>
        <source>Delete the {n} contacts whose retention period has ended? Their data is deleted for good (the opt-out list stays as it is). Each one is checked again first, so a contact who came back in touch since is kept.</source>
        <translation>Supprimer les {n} contacts dont la durée de conservation a expiré&#xa0;? Leurs données sont supprimées définitivement (la liste d&apos;opposition reste telle quelle). Chacun est d&apos;abord vérifié à nouveau&#xa0;: un contact qui s&apos;est manifesté entre-temps est conservé.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="246"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="268"/>
        <source>{n} contacts deleted.</source>
        <translation>{n} contacts supprimés.</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="285"/>
        <source>Save the list ending soon</source>
        <translation>Enregistrer les prochaines expirations</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="287"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="300"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../gui/retention_page.py" line="303"/>
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
        <location filename="../../gui/segment_editor.py" line="185"/>
        <source>Segment “{name}”</source>
        <translation>Segment «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="187"/>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="199"/>
        <source>e.g. Finance directors in France</source>
        <translation>ex.&#xa0;: Directeurs financiers en France</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="216"/>
        <source>part of the company name</source>
        <translation>partie du nom de la société</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="218"/>
        <source>any of these tags, separated by ;</source>
        <translation>l&apos;une de ces étiquettes, séparées par&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="221"/>
        <source>words in names, company, e-mail address or job title</source>
        <translation>mots des noms, de la société, de l&apos;adresse e-mail ou de l&apos;intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="224"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="225"/>
        <source>Consent recorded with its proof (date and source)</source>
        <translation>Consentement enregistré avec sa preuve (date et source)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="226"/>
        <source>No consent with proof</source>
        <translation>Pas de consentement prouvé</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="230"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="232"/>
        <source>Job function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="233"/>
        <source>Seniority:</source>
        <translation>Niveau hiérarchique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="234"/>
        <source>Audience:</source>
        <translation>Public&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="235"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="236"/>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="237"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="238"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="239"/>
        <source>Source and lawful basis</source>
        <translation>Source et base légale</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="241"/>
        <source>Lawful basis:</source>
        <translation>Base légale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="242"/>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="243"/>
        <source>Source type:</source>
        <translation>Type de source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="244"/>
        <source>Import batch:</source>
        <translation>Lot d&apos;import&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="245"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="247"/>
        <source>Collected:</source>
        <translation>Collecté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="248"/>
        <source>Last inbound contact:</source>
        <translation>Dernier contact reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="251"/>
        <source>A contact is in the segment when it meets every criterion you set; inside one criterion, any ticked value will do. Criteria left empty keep everyone.</source>
        <translation>Un contact fait partie du segment s&apos;il remplit tous les critères définis&#xa0;; au sein d&apos;un critère, une seule valeur cochée suffit. Les critères laissés vides gardent tout le monde.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="280"/>
        <source>Delete segment…</source>
        <translation>Supprimer le segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="283"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="285"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="291"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="341"/>
        <source>#{id} {name} ({type}, {date})</source>
        <translation>n°&#xa0;{id} {name} ({type}, {date})</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="352"/>
        <source>#{id} (undone)</source>
        <translation>n°&#xa0;{id} (annulé)</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="405"/>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="406"/>
        <source>Last inbound contact</source>
        <translation>Dernier contact reçu</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="411"/>
        <source>{what}: the “from” date is after the “to” date, so no contact can match.</source>
        <translation>{what}&#xa0;: la date «&#xa0;du&#xa0;» est postérieure à la date «&#xa0;au&#xa0;», aucun contact ne peut donc correspondre.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="418"/>
        <location filename="../../gui/segment_editor.py" line="430"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="440"/>
        <source>1 contact of {total} matches</source>
        <translation>1 contact sur {total} correspond</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="442"/>
        <source>{n} contacts of {total} match</source>
        <translation>{n} contacts sur {total} correspondent</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="448"/>
        <source>The contacts could not be counted.</source>
        <translation>Les contacts n&apos;ont pas pu être comptés.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="459"/>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="484"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../gui/segment_editor.py" line="486"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Supprimer le segment «&#xa0;{name}&#xa0;»&#xa0;? Seul le filtre enregistré disparaît&#xa0;; aucun contact n&apos;est supprimé.</translation>
    </message>
</context>
<context>
    <name>SegmentsSidebar</name>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="54"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="61"/>
        <location filename="../../gui/segments_sidebar.py" line="225"/>
        <source>New segment…</source>
        <translation>Nouveau segment…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="81"/>
        <source>Save a filter (job function, country, source, …) as a segment with +.</source>
        <translation>Enregistrez un filtre (fonction, pays, source…) comme segment avec +.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="183"/>
        <location filename="../../gui/segments_sidebar.py" line="193"/>
        <source>Rename segment</source>
        <translation>Renommer le segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="184"/>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="203"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="205"/>
        <source>Delete the segment “{name}”? Only the saved filter goes; no contact is deleted.</source>
        <translation>Supprimer le segment «&#xa0;{name}&#xa0;»&#xa0;? Seul le filtre enregistré disparaît&#xa0;; aucun contact n&apos;est supprimé.</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="220"/>
        <source>Show its contacts</source>
        <translation>Afficher ses contacts</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="221"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="222"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../gui/segments_sidebar.py" line="223"/>
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
        <location filename="../../gui/import_source_page.py" line="31"/>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="32"/>
        <source>legitimate interest</source>
        <translation>intérêt légitime</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="33"/>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="40"/>
        <source>Where do these contacts come from?</source>
        <translation>D&apos;où viennent ces contacts&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="43"/>
        <source>The law asks you to know where each address comes from and why you may write to it. Answer in your own words; Clearlist keeps the answers with every contact.</source>
        <translation>La loi vous demande de savoir d&apos;où vient chaque adresse et à quel titre vous pouvez lui écrire. Répondez avec vos propres mots&#xa0;; Clearlist conserve les réponses avec chaque contact.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="50"/>
        <source>Where do they come from?</source>
        <translation>D&apos;où viennent-ils&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="55"/>
        <source>Your own web form or sign-up page</source>
        <translation>Votre propre formulaire web ou page d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="56"/>
        <source>A trade show, an event or business cards</source>
        <translation>Un salon, un événement ou des cartes de visite</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="57"/>
        <source>Your customers (people or firms who bought from you)</source>
        <translation>Vos clients (personnes ou entreprises qui vous ont acheté quelque chose)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="58"/>
        <source>Bought from a provider</source>
        <translation>Achetés à un fournisseur de fichiers</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="59"/>
        <source>Rented from a provider</source>
        <translation>Loués à un fournisseur de fichiers</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="60"/>
        <source>Collected from public websites</source>
        <translation>Collectés sur des sites web publics</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="61"/>
        <source>Given by a partner</source>
        <translation>Transmis par un partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="75"/>
        <source>Which one, precisely?</source>
        <translation>Quelle source, précisément&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="76"/>
        <source>When did you get them?</source>
        <translation>Quand les avez-vous obtenus&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="82"/>
        <source>Are they businesses or consumers?</source>
        <translation>S&apos;agit-il de professionnels ou de particuliers&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="83"/>
        <source>Businesses (people at work)</source>
        <translation>Professionnels (des personnes dans leur travail)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="84"/>
        <source>Consumers (private persons)</source>
        <translation>Particuliers (consommateurs)</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="85"/>
        <source>Both: the file says which</source>
        <translation>Les deux&#xa0;: le fichier l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="87"/>
        <source>Did they agree to receive marketing e-mails?</source>
        <translation>Ont-ils accepté de recevoir des e-mails de prospection&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="92"/>
        <location filename="../../gui/import_source_page.py" line="118"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="92"/>
        <location filename="../../gui/import_source_page.py" line="118"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="92"/>
        <location filename="../../gui/import_source_page.py" line="118"/>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="98"/>
        <source>e.g. ticked a box on our newsletter form, since March 2024</source>
        <translation>ex.&#xa0;: case cochée sur notre formulaire d&apos;inscription à la newsletter, depuis mars 2024</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="101"/>
        <source>When and how?</source>
        <translation>Quand et comment&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="105"/>
        <source>The provider can prove that each person agreed to their address being passed on to companies like mine</source>
        <translation>Le fournisseur peut prouver que chaque personne a accepté que son adresse soit transmise à des entreprises comme la mienne</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="115"/>
        <source>When their address was collected, were they told it would be used for prospecting, and could they object?</source>
        <translation>Lors de la collecte de leur adresse, ont-ils été informés qu&apos;elle servirait à la prospection, et pouvaient-ils s&apos;y opposer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="121"/>
        <source>If a contact is already in the workspace:</source>
        <translation>Si un contact existe déjà dans l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="123"/>
        <source>fill in only its empty fields</source>
        <translation>compléter seulement ses champs vides</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="124"/>
        <source>leave it as it is</source>
        <translation>le laisser tel quel</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="125"/>
        <source>replace its fields with the file&apos;s</source>
        <translation>remplacer ses champs par ceux du fichier</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="208"/>
        <source>the form, e.g. &apos;Newsletter sign-up on acme.fr&apos;</source>
        <translation>le formulaire, ex.&#xa0;: «&#xa0;Inscription newsletter sur acme.fr&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="209"/>
        <source>the event, e.g. &apos;Salon RH Paris, March 2026&apos;</source>
        <translation>l&apos;événement, ex.&#xa0;: «&#xa0;Salon RH Paris, mars 2026&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="210"/>
        <source>e.g. &apos;Web shop customers&apos;</source>
        <translation>ex.&#xa0;: «&#xa0;Clients de la boutique en ligne&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="211"/>
        <source>the provider and the list, e.g. &apos;Kompass, IT managers FR&apos;</source>
        <translation>le fournisseur et la liste, ex.&#xa0;: «&#xa0;Kompass, DSI France&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="212"/>
        <source>the provider and the list</source>
        <translation>le fournisseur et la liste</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="213"/>
        <source>the websites, e.g. &apos;company websites, LinkedIn&apos;</source>
        <translation>les sites, ex.&#xa0;: «&#xa0;sites d&apos;entreprises, LinkedIn&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="214"/>
        <source>the partner&apos;s name</source>
        <translation>le nom du partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="222"/>
        <source>Choose where the contacts come from.</source>
        <translation>Choisissez d&apos;où viennent les contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="224"/>
        <source>Say precisely which one: it is named in the notice people receive.</source>
        <translation>Précisez laquelle&#xa0;: elle est citée dans la mention d&apos;information que reçoivent les personnes.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="245"/>
        <source>&lt;b&gt;Clearlist will record:&lt;/b&gt; source &apos;{name}&apos;, lawful basis: {basis}, informed at collection: {informed}.</source>
        <translation>&lt;b&gt;Clearlist enregistrera&#xa0;:&lt;/b&gt; source «&#xa0;{name}&#xa0;», base légale&#xa0;: {basis}, informés à la collecte&#xa0;: {informed}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="250"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../gui/import_source_page.py" line="250"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../gui/import_summary_page.py" line="36"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="45"/>
        <source>Save the rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="47"/>
        <location filename="../../gui/import_summary_page.py" line="143"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="65"/>
        <source>&lt;b&gt;Batch {batch}&lt;/b&gt;: {rows} rows read.</source>
        <translation>&lt;b&gt;Lot {batch}&lt;/b&gt;&#xa0;: {rows} lignes lues.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="69"/>
        <source>{imported} new contacts, {updated} updated, {duplicates} duplicates, {suppressed} left out because they are on the opt-out list, {rejected} rejected.</source>
        <translation>{imported} nouveaux contacts, {updated} mis à jour, {duplicates} doublons, {suppressed} écartés car sur la liste d&apos;opposition, {rejected} rejetés.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="86"/>
        <source>{n} possible duplicates (same name and company, another address) were kept apart: review them in the contacts list.</source>
        <translation>{n} doublons possibles (même nom et même société, autre adresse) ont été gardés séparés&#xa0;: vérifiez-les dans la liste des contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="95"/>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="102"/>
        <source>Rejected rows ({reasons}). The first of them:</source>
        <translation>Lignes rejetées ({reasons}). Les premières&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="108"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="108"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="122"/>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="122"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="135"/>
        <source>The rejected rows were saved to {path}.</source>
        <translation>Les lignes rejetées ont été enregistrées dans {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="145"/>
        <source>Remove the {n} contacts this import created, put back the fields it changed and remove its source from the others?</source>
        <translation>Supprimer les {n} contacts créés par cet import, rétablir les champs qu&apos;il a modifiés et retirer sa source des autres contacts&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../gui/import_summary_page.py" line="166"/>
        <source>The import was undone: {removed} contacts removed, {restored} put back as they were, {conflicts} fields edited since were left as they are.</source>
        <translation>L&apos;import a été annulé&#xa0;: {removed} contacts supprimés, {restored} rétablis dans leur état précédent, {conflicts} champs modifiés depuis laissés tels quels.</translation>
    </message>
</context>
<context>
    <name>TitlesPage</name>
    <message>
        <location filename="../../gui/title_review_page.py" line="66"/>
        <source>Job titles to review</source>
        <translation>Intitulés de poste à revoir</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="71"/>
        <source>Reading the job titles…</source>
        <translation>Lecture des intitulés de poste…</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="79"/>
        <source>Job title</source>
        <translation>Intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="80"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="81"/>
        <source>Running share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="82"/>
        <source>Read as: function</source>
        <translation>Lu comme&#xa0;: fonction</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="83"/>
        <source>Read as: seniority</source>
        <translation>Lu comme&#xa0;: niveau</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="101"/>
        <source>Choose a title</source>
        <translation>Choisissez un intitulé</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="112"/>
        <location filename="../../gui/title_review_page.py" line="297"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="121"/>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="122"/>
        <source>Seniority:</source>
        <translation>Niveau hiérarchique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="127"/>
        <source>The rule applies to every contact with this title (however it is written: capitals, accents, “(H/F)”), except those whose function was set by hand, and to every contact imported or edited later.</source>
        <translation>La règle s&apos;applique à chaque contact ayant cet intitulé (quelle que soit son écriture&#xa0;: majuscules, accents, «&#xa0;(H/F)&#xa0;»), sauf à ceux dont la fonction a été saisie à la main, ainsi qu&apos;à chaque contact importé ou modifié ensuite.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="141"/>
        <source>Title (as compared)</source>
        <translation>Intitulé (forme comparée)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="141"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="141"/>
        <source>Seniority</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="149"/>
        <location filename="../../gui/title_review_page.py" line="345"/>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="151"/>
        <source>Re-classify all contacts</source>
        <translation>Reclasser tous les contacts</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="154"/>
        <source>Derive every function and seniority again from the job titles, with your rules (functions set by hand are kept).</source>
        <translation>Déduire à nouveau chaque fonction et chaque niveau hiérarchique des intitulés de poste, avec vos règles (les fonctions saisies à la main sont conservées).</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="159"/>
        <source>Your rules</source>
        <translation>Vos règles</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="215"/>
        <source>(and 1 other spelling)</source>
        <translation>(et 1 autre graphie)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="217"/>
        <source>(and {n} other spellings)</source>
        <translation>(et {n} autres graphies)</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="251"/>
        <source>Every job title is classified: each contact with a title has a function and a seniority.</source>
        <translation>Tous les intitulés de poste sont classés&#xa0;: chaque contact ayant un intitulé a une fonction et un niveau hiérarchique.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="255"/>
        <source>{n} contacts have a job title Clearlist could not fully classify, under {titles} distinct titles.</source>
        <translation>{n} contacts ont un intitulé de poste que Clearlist n&apos;a pas pu classer entièrement, sous {titles} intitulés distincts.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="259"/>
        <source>The {shown} most common, below, cover {share} of them.</source>
        <translation>Les {shown} plus fréquents, ci-dessous, en couvrent {share}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="267"/>
        <source>Choose a function and a seniority for a title to place all its contacts at once.</source>
        <translation>Choisissez une fonction et un niveau hiérarchique pour un intitulé afin de classer tous ses contacts d&apos;un coup.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="274"/>
        <source>{n} titles to review</source>
        <translation>{n} intitulés à revoir</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="295"/>
        <source>Choose a title in the list</source>
        <translation>Choisissez un intitulé dans la liste</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="299"/>
        <source>Every “{title}” is:</source>
        <translation>Tout «&#xa0;{title}&#xa0;» est&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="301"/>
        <source>Clearlist reads it now as {function} / {seniority}.</source>
        <translation>Clearlist le lit actuellement comme {function} / {seniority}.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="308"/>
        <source>Apply to 1 contact</source>
        <translation>Appliquer à 1 contact</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="310"/>
        <source>Apply to {n} contacts</source>
        <translation>Appliquer à {n} contacts</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="333"/>
        <source>Rule saved for “{title}”: {n} contacts changed.</source>
        <translation>Règle enregistrée pour «&#xa0;{title}&#xa0;»&#xa0;: {n} contacts modifiés.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="347"/>
        <source>Remove the rule for “{title}”? Its contacts go back to what Clearlist reads from the title.</source>
        <translation>Retirer la règle pour «&#xa0;{title}&#xa0;»&#xa0;? Ses contacts reviennent à ce que Clearlist déduit de l&apos;intitulé.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="357"/>
        <source>Rule removed for “{title}”: {n} contacts changed.</source>
        <translation>Règle retirée pour «&#xa0;{title}&#xa0;»&#xa0;: {n} contacts modifiés.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="367"/>
        <source>Every contact re-classified: {n} changed.</source>
        <translation>Tous les contacts ont été reclassés&#xa0;: {n} modifiés.</translation>
    </message>
    <message>
        <location filename="../../gui/title_review_page.py" line="375"/>
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
        <location filename="../../gui/register_page.py" line="50"/>
        <source>Use the suggestion</source>
        <translation>Utiliser la suggestion</translation>
    </message>
    <message>
        <location filename="../../gui/register_page.py" line="51"/>
        <source>Forget your text: the register follows the workspace</source>
        <translation>Oublier votre texte&#xa0;: le registre suit l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="142"/>
        <location filename="../../gui/app.py" line="152"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="143"/>
        <source>Clearlist cannot open the workspace.</source>
        <translation>Clearlist ne peut pas ouvrir l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="145"/>
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
    <message>
        <location filename="../../gui/export_chart.py" line="38"/>
        <source>Notice overdue (art. 14)</source>
        <translation>Mention art. 14 en retard</translation>
    </message>
    <message>
        <location filename="../../gui/export_chart.py" line="39"/>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gui/contact_model.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="42"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="43"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="44"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="45"/>
        <source>Job title</source>
        <translation>Intitulé de poste</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="46"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="47"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="48"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="49"/>
        <source>Sole trader</source>
        <translation>Entrepreneur individuel</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="50"/>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="51"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="52"/>
        <source>Consent source</source>
        <translation>Source du consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="53"/>
        <source>Consent wording</source>
        <translation>Texte du consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="54"/>
        <source>Consent method</source>
        <translation>Mode de consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="55"/>
        <source>Informed at collection</source>
        <translation>Informé à la collecte</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="56"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="57"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="58"/>
        <source>Product category</source>
        <translation>Catégorie de produits</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="59"/>
        <source>Collected on</source>
        <translation>Collecté le</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="60"/>
        <source>Notice sent</source>
        <translation>Mention art. 14 envoyée</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="61"/>
        <source>Last inbound contact</source>
        <translation>Dernier contact reçu</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="62"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="63"/>
        <source>Seniority</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="64"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="65"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="66"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../gui/formatting.py" line="30"/>
        <source>{label}: {n}</source>
        <translation>{label}&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../gui/i18n.py" line="32"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../gui/import_common.py" line="49"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="57"/>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="58"/>
        <source>invalid e-mail address</source>
        <translation>adresse e-mail invalide</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="59"/>
        <source>unreadable date</source>
        <translation>date illisible</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="60"/>
        <source>unreadable phone number</source>
        <translation>numéro de téléphone illisible</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="61"/>
        <source>unknown country</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="62"/>
        <source>not a yes or no</source>
        <translation>ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="63"/>
        <source>unknown audience (b2b or b2c)</source>
        <translation>public inconnu (b2b ou b2c)</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="64"/>
        <source>unknown lawful basis</source>
        <translation>base légale inconnue</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="65"/>
        <source>unknown job function</source>
        <translation>fonction inconnue</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="66"/>
        <source>unknown seniority</source>
        <translation>niveau hiérarchique inconnu</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="71"/>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="72"/>
        <source>religious</source>
        <translation>religion</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="73"/>
        <source>political</source>
        <translation>opinions politiques</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="74"/>
        <source>trade-union</source>
        <translation>appartenance syndicale</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="75"/>
        <source>sexual-orientation</source>
        <translation>orientation sexuelle</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="76"/>
        <source>ethnic-origin</source>
        <translation>origine ethnique</translation>
    </message>
    <message>
        <location filename="../../gui/import_common.py" line="77"/>
        <source>genetic or biometric</source>
        <translation>génétique ou biométrie</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../gui/messages.py" line="28"/>
        <source>&apos;{raw}&apos; is not a domain: write a domain as @example.com.</source>
        <translation>«&#xa0;{raw}&#xa0;» n&apos;est pas un domaine&#xa0;: écrivez un domaine sous la forme @example.com.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="29"/>
        <source>--hashed must be sha256 or md5.</source>
        <translation>--hashed doit valoir sha256 ou md5.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="30"/>
        <source>A backup cannot replace the workspace itself: choose another file.</source>
        <translation>Une sauvegarde ne peut pas remplacer l&apos;espace de travail lui-même&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="33"/>
        <source>A bought or rented list of consumers counts as not consenting unless the provider can prove that each person agreed to their address being passed on, with your company or sector named.</source>
        <translation>Une liste de particuliers achetée ou louée compte comme sans consentement, sauf si le fournisseur peut prouver que chaque personne a accepté que son adresse soit transmise, en nommant votre entreprise ou votre secteur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="39"/>
        <source>A campaign named &apos;{name}&apos; already exists: choose another name.</source>
        <translation>Une campagne nommée «&#xa0;{name}&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="40"/>
        <source>A consent counts only with its date and its source for each person. The file has no consent date and source columns mapped, so these contacts will count as not consenting until you add them.</source>
        <translation>Un consentement ne compte qu&apos;avec sa date et sa source pour chaque personne. Aucune colonne du fichier n&apos;est associée à la date et à la source du consentement&#xa0;: ces contacts compteront donc comme sans consentement jusqu&apos;à ce que vous les ajoutiez.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="46"/>
        <source>A request cannot be closed before it was received.</source>
        <translation>Une demande ne peut pas être clôturée avant d&apos;avoir été reçue.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="47"/>
        <source>A segment named &apos;{name}&apos; already exists: choose another name.</source>
        <translation>Un segment nommé «&#xa0;{name}&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="48"/>
        <source>A title rule needs a job title with at least one word in it.</source>
        <translation>Une règle d&apos;intitulé demande un intitulé de poste contenant au moins un mot.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="49"/>
        <source>An Excel sheet holds at most {xlsx_max_rows} contacts; this export has more. Write it as .csv, or narrow the selection; nothing was written.</source>
        <translation>Une feuille Excel contient au plus {xlsx_max_rows} contacts&#xa0;; cet export en a davantage. Écrivez-le en .csv, ou réduisez la sélection&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="54"/>
        <source>An e-mail address is required.</source>
        <translation>Une adresse e-mail est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="55"/>
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>Businesses and consumers are mixed: the file&apos;s audience column says which is which; rows without it count as unknown and are judged strictly.</source>
        <translation>Professionnels et particuliers sont mélangés&#xa0;: la colonne «&#xa0;public&#xa0;» du fichier indique qui est qui&#xa0;; les lignes sans cette information comptent comme inconnues et sont jugées de façon stricte.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="61"/>
        <source>Choose one of: {list}.</source>
        <translation>Choisissez parmi&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="62"/>
        <source>Clearlist cannot create the folder {parent}: {strerror}. Choose another location.</source>
        <translation>Clearlist ne peut pas créer le dossier {parent}&#xa0;: {strerror}. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="66"/>
        <source>Clearlist cannot read {suffix} files. Save the list as one of: {supported}.</source>
        <translation>Clearlist ne sait pas lire les fichiers {suffix}. Enregistrez la liste dans l&apos;un de ces formats&#xa0;: {supported}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="69"/>
        <source>Clearlist cannot write in the folder {folder} ({strerror}). Choose another folder; nothing was written.</source>
        <translation>Clearlist ne peut pas écrire dans le dossier {folder} ({strerror}). Choisissez un autre dossier&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="74"/>
        <source>Clearlist cannot write in the folder {folder} ({strerror}). Choose another one.</source>
        <translation>Clearlist ne peut pas écrire dans le dossier {folder} ({strerror}). Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="78"/>
        <source>Clearlist cannot write in the folder {folder}. Choose a folder you can write to; nothing was written.</source>
        <translation>Clearlist ne peut pas écrire dans le dossier {folder}. Choisissez un dossier où vous pouvez écrire&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="83"/>
        <source>Clearlist cannot write in the folder {parent}. Choose a folder you can write to (for example your Documents folder), or ask for write access to this one.</source>
        <translation>Clearlist ne peut pas écrire dans le dossier {parent}. Choisissez un dossier où vous pouvez écrire (par exemple votre dossier Documents), ou demandez le droit d&apos;écrire dans celui-ci.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="89"/>
        <source>Clearlist cannot write in the folder {parent}. Choose a folder you can write to, or ask for write access to this one.</source>
        <translation>Clearlist ne peut pas écrire dans le dossier {parent}. Choisissez un dossier où vous pouvez écrire, ou demandez le droit d&apos;écrire dans celui-ci.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="94"/>
        <source>Consumers who did not agree cannot receive marketing e-mails; they are kept under legitimate interest and will be left out of e-mail campaigns.</source>
        <translation>Les particuliers qui n&apos;ont pas donné leur accord ne peuvent pas recevoir d&apos;e-mails de prospection&#xa0;; ils sont conservés au titre de l&apos;intérêt légitime et seront exclus des campagnes d&apos;e-mails.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="99"/>
        <source>Describe what happened (the facts of the breach).</source>
        <translation>Décrivez ce qui s&apos;est passé (les faits de la violation).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="100"/>
        <source>Existing customers may receive offers for products like the ones they bought (the soft opt-in), if they could refuse when they gave their address: the lawful basis is legitimate interest.</source>
        <translation>Les clients existants peuvent recevoir des offres pour des produits analogues à ceux qu&apos;ils ont achetés, s&apos;ils ont pu refuser lorsqu&apos;ils ont donné leur adresse&#xa0;: la base légale est l&apos;intérêt légitime.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="106"/>
        <source>Export {export_id} was already marked as sent on {sent_at}.</source>
        <translation>L&apos;export {export_id} a déjà été marqué comme envoyé le {sent_at}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="107"/>
        <source>Give the person&apos;s e-mail address, written like name@example.com.</source>
        <translation>Indiquez l&apos;adresse e-mail de la personne, écrite comme nom@example.com.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="110"/>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="111"/>
        <source>Import batch {batch_id} was already undone on {row}.</source>
        <translation>Le lot d&apos;import {batch_id} a déjà été annulé le {row}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="112"/>
        <source>No column of {name} holds e-mail addresses. Name that column &apos;email&apos; (or E-mail, Courriel, E-post), or choose it with --map &apos;HEADER=email&apos;. The columns are: {list}.</source>
        <translation>Aucune colonne de {name} ne contient d&apos;adresses e-mail. Nommez cette colonne «&#xa0;email&#xa0;» (ou E-mail, Courriel, E-post), ou choisissez-la avec --map &apos;EN-TÊTE=email&apos;. Les colonnes sont&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="118"/>
        <source>No column of {name} holds e-mail addresses. Name that column &apos;email&apos; (or E-mail, Courriel, E-post), or choose it with --map &apos;HEADER=email&apos;. The columns are: {list}....</source>
        <translation>Aucune colonne de {name} ne contient d&apos;adresses e-mail. Nommez cette colonne «&#xa0;email&#xa0;» (ou E-mail, Courriel, E-post), ou choisissez-la avec --map &apos;EN-TÊTE=email&apos;. Les colonnes sont&#xa0;: {list}....</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="124"/>
        <source>No contacts are attached to this breach yet: attach the affected contacts first.</source>
        <translation>Aucun contact n&apos;est encore rattaché à cette violation&#xa0;: rattachez d&apos;abord les contacts concernés.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="128"/>
        <source>No one with this address is stored in this workspace (it may have been erased already). Nothing was changed.</source>
        <translation>Personne n&apos;est enregistré avec cette adresse dans cet espace de travail (elle a peut-être déjà été effacée). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="133"/>
        <source>No usable system keyring was found to keep the workspace key. Either choose a passphrase (set the environment variable {passphrase_env}, or enter it in the app), or install and unlock a system keyring (Secret Service, macOS Keychain, Windows Credential Manager).</source>
        <translation>Aucun trousseau de clés du système utilisable n&apos;a été trouvé pour conserver la clé de l&apos;espace de travail. Choisissez une phrase secrète (définissez la variable d&apos;environnement {passphrase_env}, ou saisissez-la dans l&apos;application), ou installez et déverrouillez un trousseau du système (Secret Service, Trousseau d&apos;accès macOS, Gestionnaire d&apos;identification Windows).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="140"/>
        <source>On duplicates, choose skip, fill or overwrite.</source>
        <translation>Pour les doublons, choisissez skip, fill ou overwrite.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="141"/>
        <source>One of the values is not a valid e-mail address (write a whole domain as @example.com).</source>
        <translation>L&apos;une des valeurs n&apos;est pas une adresse e-mail valide (écrivez un domaine entier sous la forme @example.com).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="145"/>
        <source>Only an open request can have its deadline extended.</source>
        <translation>Seul le délai d&apos;une demande en cours peut être prolongé.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="146"/>
        <source>Professionals may be e-mailed about offers related to their job without prior consent (legitimate interest), as long as they can object easily.</source>
        <translation>Les professionnels peuvent recevoir sans consentement préalable des e-mails sur des offres en rapport avec leur métier (intérêt légitime), à condition de pouvoir s&apos;y opposer facilement.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="151"/>
        <source>Row {header_row} is not among the first rows of {name} that hold something; choose another header row.</source>
        <translation>La ligne {header_row} ne fait pas partie des premières lignes non vides de {name}&#xa0;; choisissez une autre ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="156"/>
        <source>Row {number} of {name}{shown} is not a {name2} hash: {hint}. Nothing was added.</source>
        <translation>La ligne {number} de {name}{shown} n&apos;est pas une empreinte {name2}&#xa0;: {hint}. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="160"/>
        <source>Save the breach log as .html (PDF is made by the app&apos;s window).</source>
        <translation>Enregistrez le registre des violations en .html (le PDF se fait depuis la fenêtre de l&apos;application).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="163"/>
        <source>Save the register as .html (PDF is made by the app&apos;s window).</source>
        <translation>Enregistrez le registre en .html (le PDF se fait depuis la fenêtre de l&apos;application).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="164"/>
        <source>Say precisely where the contacts come from (a provider&apos;s name, an event, a form): the source name is required.</source>
        <translation>Précisez d&apos;où viennent les contacts (le nom d&apos;un fournisseur, un événement, un formulaire)&#xa0;: le nom de la source est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="169"/>
        <source>Say why the request is refused: the person must be told the reason.</source>
        <translation>Indiquez pourquoi la demande est refusée&#xa0;: la personne doit en connaître le motif.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="172"/>
        <source>The CSV separator must be &quot;,&quot; or &quot;;&quot;.</source>
        <translation>Le séparateur CSV doit être «&#xa0;,&#xa0;» ou «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="173"/>
        <source>The PDF {name} could not be written ({strerror}); nothing was saved.</source>
        <translation>Le PDF {name} n&apos;a pas pu être écrit ({strerror})&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="176"/>
        <source>The PDF {name} could not be written; nothing was saved.</source>
        <translation>Le PDF {name} n&apos;a pas pu être écrit&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="177"/>
        <source>The acquisition date must be written YYYY-MM-DD.</source>
        <translation>La date d&apos;obtention doit être écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="178"/>
        <source>The audience must be b2b or b2c.</source>
        <translation>Le public doit être b2b ou b2c.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="179"/>
        <source>The authority cannot have been told before the breach was noticed.</source>
        <translation>L&apos;autorité ne peut pas avoir été notifiée avant que la violation soit constatée.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="182"/>
        <source>The authority cannot have been told in the future.</source>
        <translation>La notification à l&apos;autorité ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="183"/>
        <source>The authority was told more than 72 hours after the breach was noticed: give the reasons for the delay (GDPR article 33(1) requires them).</source>
        <translation>L&apos;autorité a été notifiée plus de 72 heures après la constatation de la violation&#xa0;: indiquez les motifs du retard (exigés par l&apos;article 33, paragraphe 1, du RGPD).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="188"/>
        <source>The backup could not be copied next to the workspace ({strerror}); the workspace is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée à côté de l&apos;espace de travail ({strerror})&#xa0;; l&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="193"/>
        <source>The backup could not be written ({exc}).</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite ({exc}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="194"/>
        <source>The backup could not be written to {parent} ({strerror}). Choose a folder you can write to.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {parent} ({strerror}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="199"/>
        <source>The breach log file must end in .html or .pdf.</source>
        <translation>Le fichier du registre des violations doit se terminer par .html ou .pdf.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="200"/>
        <source>The campaign &quot;jurisdiction&quot; must be &quot;FR&quot; or &quot;SE&quot;, not &quot;{shown}&quot;: set it to the country whose law applies to contacts with no country.</source>
        <translation>Le champ «&#xa0;jurisdiction&#xa0;» de la campagne doit valoir «&#xa0;FR&#xa0;» ou «&#xa0;SE&#xa0;», et non «&#xa0;{shown}&#xa0;»&#xa0;: indiquez le pays dont le droit s&apos;applique aux contacts sans pays.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="205"/>
        <source>The campaign &quot;jurisdiction&quot; must be &quot;FR&quot; or &quot;SE&quot;.</source>
        <translation>Le champ «&#xa0;jurisdiction&#xa0;» de la campagne doit valoir «&#xa0;FR&#xa0;» ou «&#xa0;SE&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="206"/>
        <source>The campaign &quot;name&quot; is blank: give the campaign a name.</source>
        <translation>Le nom de la campagne est vide&#xa0;: donnez un nom à la campagne.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="207"/>
        <source>The campaign field &quot;topic_functions&quot; must be a list of job functions, such as [&quot;finance&quot;, &quot;executive&quot;].</source>
        <translation>Le champ «&#xa0;topic_functions&#xa0;» de la campagne doit être une liste de fonctions, comme [&quot;finance&quot;, &quot;executive&quot;].</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="212"/>
        <source>The campaign field &quot;{key}&quot; must be text in double quotes, not {kind}.</source>
        <translation>Le champ «&#xa0;{key}&#xa0;» de la campagne doit être un texte entre guillemets droits doubles, et non {kind}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="215"/>
        <source>The campaign file has the unknown field {names}: remove it or correct its spelling (the fields are {allowed}).</source>
        <translation>Le fichier de campagne contient le champ inconnu {names}&#xa0;: supprimez-le ou corrigez son orthographe (les champs sont {allowed}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="220"/>
        <source>The campaign file must hold one JSON object such as {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</source>
        <translation>Le fichier de campagne doit contenir un seul objet JSON, comme {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="225"/>
        <source>The campaign file {name} cannot be read ({strerror}).</source>
        <translation>Le fichier de campagne {name} ne peut pas être lu ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="226"/>
        <source>The campaign file {name} is not UTF-8 text: save it as UTF-8 JSON.</source>
        <translation>Le fichier de campagne {name} n&apos;est pas un texte UTF-8&#xa0;: enregistrez-le en JSON UTF-8.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="229"/>
        <source>The campaign file {name} is not valid JSON (line {lineno}, column {colno}: {msg}). Correct it; a campaign file looks like {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</source>
        <translation>Le fichier de campagne {name} n&apos;est pas un JSON valide (ligne {lineno}, colonne {colno}&#xa0;: {msg}). Corrigez-le&#xa0;; un fichier de campagne ressemble à {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="235"/>
        <source>The campaign file {name} must hold one JSON object such as {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</source>
        <translation>Le fichier de campagne {name} doit contenir un seul objet JSON, comme {&quot;name&quot;: ..., &quot;sender&quot;: ..., &quot;unsubscribe&quot;: ..., &quot;jurisdiction&quot;: &quot;FR&quot;}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="240"/>
        <source>The campaign file {path} does not exist. Check its name.</source>
        <translation>Le fichier de campagne {path} n&apos;existe pas. Vérifiez son nom.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="241"/>
        <source>The campaign has no &quot;jurisdiction&quot;: add &quot;jurisdiction&quot;: &quot;FR&quot; or &quot;SE&quot;, the country whose law applies to contacts with no country.</source>
        <translation>La campagne n&apos;a pas de champ «&#xa0;jurisdiction&#xa0;»&#xa0;: ajoutez &quot;jurisdiction&quot;: &quot;FR&quot; ou &quot;SE&quot;, le pays dont le droit s&apos;applique aux contacts sans pays.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="246"/>
        <source>The campaign has no &quot;{key}&quot;: add it to the campaign file.</source>
        <translation>La campagne n&apos;a pas de champ «&#xa0;{key}&#xa0;»&#xa0;: ajoutez-le au fichier de campagne.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="247"/>
        <source>The campaign has no sender identity and no unsubscribe means, so nothing can be exported: fill in &quot;sender&quot; (your company&apos;s name and address) and &quot;unsubscribe&quot; (a link containing {token}, or a mailto: address).</source>
        <translation>La campagne n&apos;a ni identité de l&apos;expéditeur ni moyen de désinscription&#xa0;: rien ne peut donc être exporté. Renseignez «&#xa0;sender&#xa0;» (le nom et l&apos;adresse de votre entreprise) et «&#xa0;unsubscribe&#xa0;» (un lien contenant {token}, ou une adresse mailto:).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="253"/>
        <source>The campaign has no sender identity, so nothing can be exported: fill in &quot;sender&quot; with your company&apos;s name and postal or e-mail address.</source>
        <translation>La campagne n&apos;a pas d&apos;identité de l&apos;expéditeur&#xa0;: rien ne peut donc être exporté. Renseignez «&#xa0;sender&#xa0;» avec le nom de votre entreprise et son adresse postale ou e-mail.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="258"/>
        <source>The campaign has no unsubscribe means, so nothing can be exported: fill in &quot;unsubscribe&quot; with a link containing {token} (replaced by each contact&apos;s own code) or a mailto: address.</source>
        <translation>La campagne n&apos;a pas de moyen de désinscription&#xa0;: rien ne peut donc être exporté. Renseignez «&#xa0;unsubscribe&#xa0;» avec un lien contenant {token} (remplacé par le code propre à chaque contact) ou une adresse mailto:.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="264"/>
        <source>The campaign names the unknown job function {list} in &quot;topic_functions&quot;: use only {list2}.</source>
        <translation>La campagne cite la fonction inconnue {list} dans «&#xa0;topic_functions&#xa0;»&#xa0;: utilisez seulement {list2}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="269"/>
        <source>The column layout must be one of: {list}.</source>
        <translation>La disposition des colonnes doit être l&apos;une de celles-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="270"/>
        <source>The data was not collected from the people themselves: the first e-mail to each person must name this source and say how to object (GDPR article 14).</source>
        <translation>Les données n&apos;ont pas été collectées auprès des personnes elles-mêmes&#xa0;: le premier e-mail à chaque personne doit citer cette source et indiquer comment s&apos;opposer (article 14 du RGPD).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="275"/>
        <source>The date of receipt cannot be in the future.</source>
        <translation>La date de réception ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="276"/>
        <source>The deadline can be extended only if the person was told within one month of the request (by {isoformat}); it is too late now.</source>
        <translation>Le délai ne peut être prolongé que si la personne en a été informée dans le mois suivant sa demande (au plus tard le {isoformat})&#xa0;; il est trop tard maintenant.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="281"/>
        <source>The disk is full, so nothing was saved. Free some space on the disk that holds {parent} and try again; the workspace is as it was.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été enregistré. Libérez de la place sur le disque qui contient {parent} et réessayez&#xa0;; l&apos;espace de travail est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="286"/>
        <source>The disk is full, so the backup could not be written. Free some space or choose another disk; the workspace is unchanged.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde n&apos;a pas pu être écrite. Libérez de la place ou choisissez un autre disque&#xa0;; l&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="291"/>
        <source>The disk is full, so the workspace could not be backed up before its upgrade. Free some space and try again; nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: l&apos;espace de travail n&apos;a pas pu être sauvegardé avant sa mise à jour. Libérez de la place et réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="296"/>
        <source>The export file, the decisions file and the report need three names.</source>
        <translation>Le fichier d&apos;export, le fichier des décisions et le rapport doivent avoir trois noms différents.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="299"/>
        <source>The file {name} cannot be read ({strerror}).</source>
        <translation>Le fichier {name} ne peut pas être lu ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="300"/>
        <source>The file {name} could not be written ({strerror}); nothing was saved.</source>
        <translation>Le fichier {name} n&apos;a pas pu être écrit ({strerror})&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="303"/>
        <source>The file {name} could not be written ({value}); nothing was written and the workspace is unchanged.</source>
        <translation>Le fichier {name} n&apos;a pas pu être écrit ({value})&#xa0;; rien n&apos;a été écrit et l&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="308"/>
        <source>The file {name} is too short to be a Clearlist workspace. Check that you chose the right file.</source>
        <translation>Le fichier {name} est trop court pour être un espace de travail Clearlist. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="313"/>
        <source>The file {path} is read-only (or open in another program), so it cannot be replaced. Close it or choose another name; nothing was written.</source>
        <translation>Le fichier {path} est en lecture seule (ou ouvert dans un autre programme)&#xa0;: il ne peut donc pas être remplacé. Fermez-le ou choisissez un autre nom&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="318"/>
        <source>The folder {folder} does not exist, so {name} cannot be written. Choose an existing folder; nothing was written.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;: {name} ne peut donc pas être écrit. Choisissez un dossier existant&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="323"/>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="324"/>
        <source>The folder {parent} does not exist. Choose an existing folder.</source>
        <translation>Le dossier {parent} n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="325"/>
        <source>The folder {parent} does not exist. Choose another one.</source>
        <translation>Le dossier {parent} n&apos;existe pas. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="326"/>
        <source>The lawful basis must be one of: {list}.</source>
        <translation>La base légale doit être l&apos;une de celles-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="327"/>
        <source>The moment the breach was noticed cannot be in the future.</source>
        <translation>Le moment où la violation a été constatée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="328"/>
        <source>The notice does not name the source of the data: it must contain {source_name}, which is replaced by the precise source of each contact (GDPR art. 14).</source>
        <translation>La mention d&apos;information ne cite pas la source des données&#xa0;: elle doit contenir {source_name}, remplacé par la source précise de chaque contact (RGPD, art. 14).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="334"/>
        <source>The notice is empty.</source>
        <translation>La mention d&apos;information est vide.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="335"/>
        <source>The notice uses the unknown placeholder {list}; the placeholders a notice may use are {allowed}.</source>
        <translation>La mention d&apos;information utilise le champ inconnu {list}&#xa0;; les champs qu&apos;elle peut utiliser sont {allowed}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="340"/>
        <source>The output file {name} must end in .csv or .xlsx (the format is chosen from the file name).</source>
        <translation>Le fichier de sortie {name} doit se terminer par .csv ou .xlsx (le format est déduit du nom du fichier).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="345"/>
        <source>The passphrase is too short: use at least {min_passphrase_length} characters.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins {min_passphrase_length} caractères.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="349"/>
        <source>The people cannot have been told before the breach was noticed.</source>
        <translation>Les personnes concernées ne peuvent pas avoir été informées avant que la violation soit constatée.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="352"/>
        <source>The people cannot have been told in the future.</source>
        <translation>L&apos;information des personnes concernées ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="353"/>
        <source>The person cannot have been told of the extension before the request arrived.</source>
        <translation>La personne ne peut pas avoir été informée de la prolongation avant l&apos;arrivée de sa demande.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="357"/>
        <source>The reason must be one of: {list}.</source>
        <translation>Le motif doit être l&apos;un de ceux-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="358"/>
        <source>The register file must end in .html or .pdf.</source>
        <translation>Le fichier du registre doit se terminer par .html ou .pdf.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="359"/>
        <source>The report file must end in {list}.</source>
        <translation>Le fichier du rapport doit se terminer par {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="360"/>
        <source>The report language must be en, fr or sv.</source>
        <translation>La langue du rapport doit être en, fr ou sv.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="361"/>
        <source>The report {name} cannot be written in {folder} ({strerror}); nothing was imported. Choose another folder for the report.</source>
        <translation>Le rapport {name} ne peut pas être écrit dans {folder} ({strerror})&#xa0;; rien n&apos;a été importé. Choisissez un autre dossier pour le rapport.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="366"/>
        <source>The risk must be one of: {list}.</source>
        <translation>Le risque doit être l&apos;un de ceux-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="367"/>
        <source>The segment &apos;{name}&apos; cannot be used: {exc}</source>
        <translation>Le segment «&#xa0;{name}&#xa0;» est inutilisable&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="368"/>
        <source>The sheet &apos;{chosen}&apos; of {name} is empty: nothing to import.</source>
        <translation>La feuille «&#xa0;{chosen}&#xa0;» de {name} est vide&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="369"/>
        <source>The sheet &apos;{name}&apos; of {name2} cannot be read: the file is damaged. Open it in your spreadsheet program and save it again.</source>
        <translation>La feuille «&#xa0;{name}&#xa0;» de {name2} ne peut pas être lue&#xa0;: le fichier est endommagé. Ouvrez-le dans votre tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="374"/>
        <source>The source type must be one of: {list}.</source>
        <translation>Le type de source doit être l&apos;un de ceux-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="375"/>
        <source>The system keyring is locked or not answering, so the workspace key cannot be read. Unlock your keyring (log in to your desktop session) and try again.</source>
        <translation>Le trousseau de clés du système est verrouillé ou ne répond pas&#xa0;: la clé de l&apos;espace de travail ne peut donc pas être lue. Déverrouillez votre trousseau (ouvrez votre session) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="380"/>
        <source>The system keyring refused to store the new workspace key. Unlock it and try again, or set {passphrase_env} to use a passphrase instead.</source>
        <translation>Le trousseau de clés du système a refusé d&apos;enregistrer la nouvelle clé de l&apos;espace de travail. Déverrouillez-le et réessayez, ou définissez {passphrase_env} pour utiliser plutôt une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="385"/>
        <source>The unsubscribe address &quot;{text}&quot; is not a usable mailto: address: write it as mailto:unsubscribe@yourcompany.example.</source>
        <translation>L&apos;adresse de désinscription «&#xa0;{text}&#xa0;» n&apos;est pas une adresse mailto: utilisable&#xa0;: écrivez-la sous la forme mailto:desinscription@votre-entreprise.example.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="390"/>
        <source>The unsubscribe link &quot;{text}&quot; contains spaces: remove them.</source>
        <translation>Le lien de désinscription «&#xa0;{text}&#xa0;» contient des espaces&#xa0;: supprimez-les.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="391"/>
        <source>The unsubscribe link &quot;{text}&quot; does not contain {token}, so it would be the same for everybody: add {token} where each contact&apos;s own code goes, as in https://yourcompany.example/unsubscribe?t={token}.</source>
        <translation>Le lien de désinscription «&#xa0;{text}&#xa0;» ne contient pas {token}&#xa0;: il serait donc le même pour tout le monde. Ajoutez {token} là où doit figurer le code propre à chaque contact, comme dans https://votre-entreprise.example/desinscription?t={token}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="397"/>
        <source>The unsubscribe means &quot;{text}&quot; is neither a web link nor a mailto: address: write a link such as https://yourcompany.example/unsubscribe?t={token}, or mailto:unsubscribe@yourcompany.example.</source>
        <translation>Le moyen de désinscription «&#xa0;{text}&#xa0;» n&apos;est ni un lien web ni une adresse mailto:&#xa0;: écrivez un lien comme https://votre-entreprise.example/desinscription?t={token}, ou mailto:desinscription@votre-entreprise.example.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="403"/>
        <source>The workspace could not be backed up before its upgrade ({strerror}); nothing was changed.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être sauvegardé avant sa mise à jour ({strerror})&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="408"/>
        <source>The workspace could not be created at {path}: {exc}.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être créé à l&apos;emplacement {path}&#xa0;: {exc}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="409"/>
        <source>The workspace could not be opened with the key kept in the system keyring: the file is not a Clearlist workspace, or it was replaced. Check that you chose the right file.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert avec la clé conservée dans le trousseau du système&#xa0;: le fichier n&apos;est pas un espace de travail Clearlist, ou il a été remplacé. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="415"/>
        <source>The workspace could not be opened: the passphrase is wrong, or the file is not a Clearlist workspace. Check the passphrase (it is case-sensitive) and the file.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert&#xa0;: la phrase secrète est fausse, ou le fichier n&apos;est pas un espace de travail Clearlist. Vérifiez la phrase secrète (les majuscules comptent) et le fichier.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="421"/>
        <source>The workspace could not be opened: {exc}.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être ouvert&#xa0;: {exc}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="422"/>
        <source>The workspace could not be upgraded ({exc}); it was left as it was.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être mis à jour ({exc})&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="425"/>
        <source>The workspace file cannot be read: {strerror}.</source>
        <translation>Le fichier de l&apos;espace de travail ne peut pas être lu&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="426"/>
        <source>The workspace is busy: another Clearlist window or command is writing to it. Wait for it to finish and try again.</source>
        <translation>L&apos;espace de travail est occupé&#xa0;: une autre fenêtre ou commande Clearlist y écrit. Attendez qu&apos;elle ait fini et réessayez.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="431"/>
        <source>The workspace is in use by another window or task; close it and try again. The workspace is unchanged.</source>
        <translation>L&apos;espace de travail est utilisé par une autre fenêtre ou tâche&#xa0;; fermez-la et réessayez. L&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="436"/>
        <source>The {replace} cannot be negative.</source>
        <translation>Valeur négative impossible&#xa0;: {replace}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="437"/>
        <source>The {replace} must be a whole number.</source>
        <translation>Nombre entier attendu&#xa0;: {replace}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="438"/>
        <source>There is no export number {export_id}.</source>
        <translation>Il n&apos;y a pas d&apos;export numéro {export_id}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="439"/>
        <source>There is no file {path}. Check the name and the folder.</source>
        <translation>Le fichier {path} n&apos;existe pas. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="440"/>
        <source>There is no import batch {batch_id}.</source>
        <translation>Il n&apos;y a pas de lot d&apos;import {batch_id}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="441"/>
        <source>There is no segment named &apos;{name}&apos;. {hint}</source>
        <translation>Il n&apos;y a pas de segment nommé «&#xa0;{name}&#xa0;». {hint}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="442"/>
        <source>There is no workspace at {path}. Check the path.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à l&apos;emplacement {path}. Vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="443"/>
        <source>They agreed to receive marketing e-mails: the lawful basis is consent.</source>
        <translation>Ils ont accepté de recevoir des e-mails de prospection&#xa0;: la base légale est le consentement.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="446"/>
        <source>They agreed, through the provider, to receive marketing e-mails: the lawful basis is consent.</source>
        <translation>Ils ont accepté, via le fournisseur, de recevoir des e-mails de prospection&#xa0;: la base légale est le consentement.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="451"/>
        <source>This breach is not in the log.</source>
        <translation>Cette violation ne figure pas dans le registre.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="452"/>
        <source>This campaign no longer exists: it was deleted.</source>
        <translation>Cette campagne n&apos;existe plus&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="453"/>
        <source>This contact no longer exists (it was deleted or erased).</source>
        <translation>Ce contact n&apos;existe plus (il a été supprimé ou effacé).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="454"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="455"/>
        <source>This is not a valid e-mail address. Write the person&apos;s full address, like name@example.com.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valide. Écrivez l&apos;adresse complète de la personne, comme nom@example.com.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="460"/>
        <source>This request does not exist.</source>
        <translation>Cette demande n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="461"/>
        <source>This request is already closed.</source>
        <translation>Cette demande est déjà clôturée.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="462"/>
        <source>This request&apos;s deadline was already extended; it cannot be again.</source>
        <translation>Le délai de cette demande a déjà été prolongé&#xa0;; il ne peut pas l&apos;être une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="465"/>
        <source>This workspace is locked with a passphrase and none was given. Enter it, or set the environment variable {passphrase_env}. (No key for it is in the system keyring.)</source>
        <translation>Cet espace de travail est verrouillé par une phrase secrète et aucune n&apos;a été donnée. Saisissez-la, ou définissez la variable d&apos;environnement {passphrase_env}. (Le trousseau du système ne contient pas sa clé.)</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="471"/>
        <source>This workspace was saved by a newer version of Clearlist (schema {version}; this program knows up to {schema_version}). Install the newer version to open it; the file was not changed.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de Clearlist (schéma {version}&#xa0;; ce programme connaît jusqu&apos;au schéma {schema_version}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="477"/>
        <source>Unknown job function &apos;{function}&apos;. Use one of: {list}.</source>
        <translation>Fonction inconnue&#xa0;: «&#xa0;{function}&#xa0;». Utilisez l&apos;une de celles-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="478"/>
        <source>Unknown job function: {list}. Use one of: {list2}.</source>
        <translation>Fonction inconnue&#xa0;: {list}. Utilisez l&apos;une de celles-ci&#xa0;: {list2}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="479"/>
        <source>Unknown opt-out entry kind {kind}.</source>
        <translation>Type d&apos;entrée d&apos;opposition inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="480"/>
        <source>Unknown segment criteria: {list}.</source>
        <translation>Critères de segment inconnus&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="481"/>
        <source>Unknown seniority &apos;{seniority}&apos;. Use one of: {list}.</source>
        <translation>Niveau hiérarchique inconnu&#xa0;: «&#xa0;{seniority}&#xa0;». Utilisez l&apos;un de ceux-ci&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="482"/>
        <source>Unknown value for {name}: {list}. Use one of: {list2}.</source>
        <translation>Valeur inconnue pour {name}&#xa0;: {list}. Utilisez l&apos;une de celles-ci&#xa0;: {list2}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="483"/>
        <source>Use a date written as YYYY-MM-DD.</source>
        <translation>Utilisez une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="484"/>
        <source>Use a two-letter country code such as FR, SE or GB.</source>
        <translation>Utilisez un code pays à deux lettres, comme FR, SE ou GB.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="485"/>
        <source>You do not know whether they agreed: they count as not consenting.</source>
        <translation>Vous ne savez pas s&apos;ils ont donné leur accord&#xa0;: ils comptent comme sans consentement.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="488"/>
        <source>You do not know whether they were told: Clearlist assumes they were not, so the first e-mail to each of them must carry the information notice.</source>
        <translation>Vous ne savez pas s&apos;ils ont été informés&#xa0;: Clearlist considère qu&apos;ils ne l&apos;ont pas été, donc le premier e-mail à chacun d&apos;eux doit comporter la mention d&apos;information.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="493"/>
        <source>consent must be true, false or absent.</source>
        <translation>consent doit valoir true, false ou être absent.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="494"/>
        <source>source_ids must be batch numbers.</source>
        <translation>source_ids doit contenir des numéros de lots.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="495"/>
        <source>{exc}. The fields are: {list}.</source>
        <translation>{exc}. Les champs sont&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="496"/>
        <source>{name} cannot be read as a workbook: it is damaged or incomplete (was the download or the copy finished?). Open it in your spreadsheet program and save it again, or save it as CSV.</source>
        <translation>{name} ne peut pas être lu comme un classeur&#xa0;: il est endommagé ou incomplet (le téléchargement ou la copie était-il terminé&#xa0;?). Ouvrez-le dans votre tableur et enregistrez-le à nouveau, ou enregistrez-le en CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="502"/>
        <source>{name} cannot be read as a workbook: it is damaged or incomplete.</source>
        <translation>{name} ne peut pas être lu comme un classeur&#xa0;: il est endommagé ou incomplet.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="505"/>
        <source>{name} cannot be read near line {line_num} ({exc}). Open it in your spreadsheet program and save it again as CSV.</source>
        <translation>{name} ne peut pas être lu vers la ligne {line_num} ({exc}). Ouvrez-le dans votre tableur et enregistrez-le à nouveau en CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="510"/>
        <source>{name} cannot be read: {strerror}.</source>
        <translation>{name} ne peut pas être lu&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="511"/>
        <source>{name} contains NUL bytes (line {line}): it is not a plain text table, or it is damaged. {convert_hint}</source>
        <translation>{name} contient des octets NUL (ligne {line})&#xa0;: ce n&apos;est pas un simple tableau texte, ou il est endommagé. {convert_hint}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="516"/>
        <source>{name} could not be opened with this workspace&apos;s key: it is not a Clearlist backup, or it is the backup of another workspace (or was made with another passphrase).</source>
        <translation>{name} n&apos;a pas pu être ouvert avec la clé de cet espace de travail&#xa0;: ce n&apos;est pas une sauvegarde Clearlist, ou c&apos;est la sauvegarde d&apos;un autre espace de travail (ou elle a été faite avec une autre phrase secrète).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="522"/>
        <source>{name} does not look like a text table (it holds binary data). Choose the contact list itself, saved as {supported}.</source>
        <translation>{name} ne ressemble pas à un tableau texte (il contient des données binaires). Choisissez la liste de contacts elle-même, enregistrée en {supported}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="527"/>
        <source>{name} has a cell larger than 1 MB near line {line_num}: it is damaged or is not a contact list. Check that line in your spreadsheet program.</source>
        <translation>{name} contient une cellule de plus de 1 Mo vers la ligne {line_num}&#xa0;: il est endommagé ou ce n&apos;est pas une liste de contacts. Vérifiez cette ligne dans votre tableur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="532"/>
        <source>{name} has a cell larger than 1 MB on row {number}: it is damaged or is not a contact list.</source>
        <translation>{name} contient une cellule de plus de 1 Mo à la ligne {number}&#xa0;: il est endommagé ou ce n&apos;est pas une liste de contacts.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="537"/>
        <source>{name} has a header row but no contacts under it: there is nothing to import.</source>
        <translation>{name} a une ligne d&apos;en-tête mais aucun contact en dessous&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="541"/>
        <source>{name} has no column of e-mail addresses (looked for a header such as &apos;Email&apos;, &apos;E-mail&apos;, &apos;Email Address&apos;, &apos;Courriel&apos; or &apos;E-post&apos;, then for a column of addresses, then for our unsubscribe codes). Add a header &apos;Email&apos; above the addresses, or import a hashed list with --hashed sha256 or --hashed md5. Nothing was added.</source>
        <translation>{name} n&apos;a pas de colonne d&apos;adresses e-mail (recherche d&apos;un en-tête comme «&#xa0;Email&#xa0;», «&#xa0;E-mail&#xa0;», «&#xa0;Email Address&#xa0;», «&#xa0;Courriel&#xa0;» ou «&#xa0;E-post&#xa0;», puis d&apos;une colonne d&apos;adresses, puis de nos codes de désinscription). Ajoutez un en-tête «&#xa0;Email&#xa0;» au-dessus des adresses, ou importez une liste d&apos;empreintes avec --hashed sha256 ou --hashed md5. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="549"/>
        <source>{name} has no sheet named &apos;{sheet}&apos;. Its sheets are: {list}.</source>
        <translation>{name} n&apos;a pas de feuille nommée «&#xa0;{sheet}&#xa0;». Ses feuilles sont&#xa0;: {list}.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="550"/>
        <source>{name} has no sheets: there is nothing to import.</source>
        <translation>{name} n&apos;a aucune feuille&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="551"/>
        <source>{name} holds no data on any sheet: nothing to import.</source>
        <translation>{name} ne contient aucune donnée, sur aucune feuille&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="552"/>
        <source>{name} holds no hashes: there is nothing to add.</source>
        <translation>{name} ne contient aucune empreinte&#xa0;: il n&apos;y a rien à ajouter.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="553"/>
        <source>{name} holds no rows: there is nothing to add.</source>
        <translation>{name} ne contient aucune ligne&#xa0;: il n&apos;y a rien à ajouter.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="554"/>
        <source>{name} holds no rows: there is nothing to import.</source>
        <translation>{name} ne contient aucune ligne&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="555"/>
        <source>{name} holds no text: there is nothing to import.</source>
        <translation>{name} ne contient aucun texte&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="556"/>
        <source>{name} is a workbook saved under a text file&apos;s name. Rename it to .xlsx (or .xls), or save it again as CSV, and import it again.</source>
        <translation>{name} est un classeur enregistré sous un nom de fichier texte. Renommez-le en .xlsx (ou .xls), ou enregistrez-le à nouveau en CSV, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="561"/>
        <source>{name} is an encrypted database, but not a Clearlist backup.</source>
        <translation>{name} est une base de données chiffrée, mais pas une sauvegarde Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="562"/>
        <source>{name} is an encrypted database, but not a Clearlist workspace. Choose a Clearlist workspace file.</source>
        <translation>{name} est une base de données chiffrée, mais pas un espace de travail Clearlist. Choisissez un fichier d&apos;espace de travail Clearlist.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="567"/>
        <source>{name} is an unencrypted SQLite database, not a Clearlist workspace. Choose a Clearlist workspace file, or a new file name to create one.</source>
        <translation>{name} est une base de données SQLite non chiffrée, pas un espace de travail Clearlist. Choisissez un fichier d&apos;espace de travail Clearlist, ou un nouveau nom de fichier pour en créer un.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="572"/>
        <source>{name} is an unencrypted database, not a Clearlist backup. Choose a backup file.</source>
        <translation>{name} est une base de données non chiffrée, pas une sauvegarde Clearlist. Choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="576"/>
        <source>{name} is damaged and cannot be restored.</source>
        <translation>{name} est endommagé et ne peut pas être restauré.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="577"/>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="578"/>
        <source>{name} is not a Clearlist backup (it holds no workspace).</source>
        <translation>{name} n&apos;est pas une sauvegarde Clearlist (il ne contient aucun espace de travail).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="579"/>
        <source>{name} is not a Clearlist backup (it is not a database file).</source>
        <translation>{name} n&apos;est pas une sauvegarde Clearlist (ce n&apos;est pas un fichier de base de données).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="580"/>
        <source>{name} is not all in one text encoding (near line {value}). Save it again as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{name} ne suit pas un seul encodage de texte (vers la ligne {value}). Enregistrez-le à nouveau en «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="585"/>
        <source>{name} is protected by a password (the workbook is encrypted). Open it in your spreadsheet program, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, then clear it), save it, and import it again.</source>
        <translation>{name} est protégé par un mot de passe (le classeur est chiffré). Ouvrez-le dans votre tableur, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur &gt; Chiffrer avec mot de passe, puis effacez-le), enregistrez-le et importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="592"/>
        <source>{name} is protected by a password. Open it in your spreadsheet program, remove the password, save it, and import it again.</source>
        <translation>{name} est protégé par un mot de passe. Ouvrez-le dans votre tableur, retirez le mot de passe, enregistrez-le et importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="597"/>
        <source>{name} is {what}, not a table. Choose the contact list itself (a {supported} file).</source>
        <translation>{name} n&apos;est pas un tableau ({what}). Choisissez la liste de contacts elle-même (un fichier {supported}).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="601"/>
        <source>{name} mixes two text encodings: most of it is UTF-8, but line {line} is not. Open the file in your spreadsheet program and save it again as &apos;CSV UTF-8&apos; (or fix that line), then import it again.</source>
        <translation>{name} mélange deux encodages de texte&#xa0;: il est surtout en UTF-8, mais la ligne {line} ne l&apos;est pas. Ouvrez le fichier dans votre tableur et enregistrez-le à nouveau en «&#xa0;CSV UTF-8&#xa0;» (ou corrigez cette ligne), puis importez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="607"/>
        <source>{name} must be a date written YYYY-MM-DD.</source>
        <translation>{name} doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="608"/>
        <source>{name} was made by a newer version of Clearlist (schema {version}); install that version to restore it.</source>
        <translation>{name} a été fait par une version plus récente de Clearlist (schéma {version})&#xa0;; installez cette version pour le restaurer.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="613"/>
        <source>{notice_problem} Correct the campaign &quot;notice&quot;, or set it to null if the message carries no first-contact notice.</source>
        <translation>{notice_problem} Corrigez le champ «&#xa0;notice&#xa0;» de la campagne, ou mettez-le à null si le message ne comporte pas de mention d&apos;information (art. 14).</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="618"/>
        <source>{path} is a folder, not a file. Choose a spreadsheet file.</source>
        <translation>{path} est un dossier, pas un fichier. Choisissez un fichier de tableur.</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="619"/>
        <source>{path} is a folder: give a file name; nothing was written.</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>optout</name>
    <message>
        <location filename="../../gui/optout_page.py" line="56"/>
        <source>unsubscribed</source>
        <translation>désinscription</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="57"/>
        <source>objected</source>
        <translation>opposition</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="58"/>
        <source>bounced</source>
        <translation>adresse en erreur</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="59"/>
        <source>complaint</source>
        <translation>plainte (spam)</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="60"/>
        <source>erased</source>
        <translation>effacement</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="61"/>
        <source>added by hand</source>
        <translation>ajout manuel</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="64"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="65"/>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="66"/>
        <source>SHA-256 hash</source>
        <translation>empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/optout_page.py" line="67"/>
        <source>MD5 hash</source>
        <translation>empreinte MD5</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../gui/request_dialog.py" line="25"/>
        <source>Access (a copy of their data)</source>
        <translation>Accès (une copie de ses données)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="26"/>
        <source>Rectification (correct their data)</source>
        <translation>Rectification (corriger ses données)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="29"/>
        <source>Erasure (delete their data)</source>
        <translation>Effacement (supprimer ses données)</translation>
    </message>
    <message>
        <location filename="../../gui/request_dialog.py" line="30"/>
        <source>Objection (no more marketing)</source>
        <translation>Opposition (plus de prospection)</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../gui/contact_model.py" line="70"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="71"/>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="72"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="73"/>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="74"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="75"/>
        <source>Executive</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="76"/>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="77"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="78"/>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="79"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="80"/>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="81"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="82"/>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="83"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="84"/>
        <source>Engineering</source>
        <translation>Ingénierie</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="85"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="86"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="87"/>
        <source>Owner / executive</source>
        <translation>Dirigeant / propriétaire</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="88"/>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="89"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="90"/>
        <source>Staff</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="91"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="92"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="93"/>
        <source>Own form</source>
        <translation>Votre formulaire</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="94"/>
        <source>Trade show</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="95"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="96"/>
        <source>Purchased list</source>
        <translation>Liste achetée</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="97"/>
        <source>Rented list</source>
        <translation>Liste louée</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="98"/>
        <source>Public web</source>
        <translation>Web public</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="99"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="100"/>
        <source>Manual</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="101"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../gui/contact_model.py" line="102"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../gui/workers.py" line="190"/>
        <source>Something went wrong inside Clearlist; nothing was changed. The details are in the log file; please report them.</source>
        <translation>Une erreur interne s&apos;est produite dans Clearlist&#xa0;; rien n&apos;a été modifié. Les détails figurent dans le fichier journal&#xa0;: merci de nous les transmettre.</translation>
    </message>
    <message>
        <location filename="../../gui/workers.py" line="199"/>
        <source>Clearlist</source>
        <translation>Clearlist</translation>
    </message>
</context>
</TS>
