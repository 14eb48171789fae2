# Les équipes mobiles : lieux, maraudes, contacts, vaccinations.

audit-place-update = a modifié le registre des lieux
audit-outreach-session-update = a enregistré une maraude
audit-outreach-contact-insert = a enregistré un contact de maraude
audit-vaccination-insert = a enregistré une vaccination

## Lieux

outreach-kind-squat = squat
outreach-kind-metro = station de métro
outreach-kind-street = rue
outreach-kind-park = parc
outreach-kind-partner = site partenaire
outreach-kind-shelter = hébergement
outreach-kind-other = autre lieu
outreach-place-added = Lieu « { $place } » ajouté ({ $kind }).
outreach-place-closed = Lieu « { $place } » fermé : plus de nouvelle maraude à cet endroit ; ses maraudes restent comptées.
outreach-no-places = Aucun lieu au registre pour l'instant : seuil place add NOM --kind K.
outreach-first-visit = première visite le { $date }
outreach-not-visited = pas encore visité
outreach-closed-mark = fermé
outreach-error-place-blank = Un lieu a besoin d'un nom (un nom codé suffit).
outreach-error-place-punctuation = Le nom d'un lieu contient au moins une lettre ou un chiffre, pas seulement de la ponctuation.
outreach-error-place-long = Le nom d'un lieu a au plus 60 caractères.
outreach-error-place-exists = Un lieu nommé « { $place } » est déjà au registre.
outreach-error-place-unknown = Aucun lieu nommé « { $place } ». Les lieux : seuil place list.
outreach-error-place-closed = Le lieu « { $place } » est fermé.
outreach-error-kind = « { $kind } » n'est pas un type de lieu. Les types : { $kinds }.
outreach-error-commune = « { $commune } » n'est pas une commune bruxelloise (donnez son nom ou son code postal).

## Maraudes et contacts

outreach-error-future = Le { $date } est dans le futur : une maraude s'enregistre le jour même ou après.
outreach-error-session = Aucune maraude numéro { $session }.
outreach-error-person = Aucune personne avec le code { $code }.
outreach-error-partner = Aucun partenaire unique ne correspond à « { $partner } ». Les partenaires : seuil partner list.
outreach-error-no-vaccine = Une vaccination a besoin du nom du vaccin.
outreach-error-no-lot = Une vaccination a besoin du numéro de lot du vaccin : rien n'a été enregistré.
outreach-error-dose-number = Dose numéro { $dose } : de 1 à 10.
outreach-error-people = Un comptage compte au moins une personne.
outreach-error-count = { $arg } { $value } : un nombre est un entier à partir de 1.
outreach-error-tally-form = « { $value } » n'est pas un comptage : écrivez SEXE/ÂGE ou SEXE/ÂGE/new, par exemple f/25-29/new.
outreach-error-tally-sex = « { $value } » n'est pas un sexe valable pour un comptage : f, m, x ou u.
outreach-error-tally-band = « { $value } » n'est pas une tranche d'âge : <15, 15-19, 20-24 … 60-64, 65+ ou u.
outreach-error-nothing-to-reverse = Aucun contact à annuler dans cette maraude.
outreach-error-reversed = Le contact { $contact } a déjà été annulé.
outreach-error-not-today = Le contact { $contact } n'a pas été enregistré aujourd'hui : seul un contact du jour s'annule.
outreach-contact-recorded = Contact { $contact } enregistré dans la maraude { $session }.
outreach-contact-reversed = Contact { $contact } annulé.
outreach-person-registered = Nouvelle personne enregistrée : { $code }.
outreach-session-line = { $date }  n° { $session }  { $place } ({ $team }) : { $contacts ->
        [0] { $contacts } personnes rencontrées
        [one] une personne rencontrée
       *[other] { $contacts } personnes rencontrées
    }, { $new } nouvelles

## Totaux

outreach-total-sessions = Maraudes
outreach-total-places = Lieux visités
outreach-total-new-places = Nouveaux lieux visités
outreach-total-contacts = Contacts (personnes)
outreach-total-new-contacts = Nouveaux contacts
outreach-total-accompaniments = Accompagnements
outreach-total-vaccinations = Vaccinations

## Ligne de commande

cli-cmd-place = Les lieux que visitent les équipes mobiles
cli-cmd-place-add = Ajouter un lieu au registre
cli-cmd-place-list = Lister les lieux, les actifs d'abord
cli-cmd-place-close = Fermer un lieu (plus de nouvelle maraude)
cli-cmd-outreach = Les équipes mobiles : maraudes, contacts, chiffres
cli-cmd-outreach-session = Commencer une maraude dans un lieu (affiche son numéro)
cli-cmd-outreach-contact = Enregistrer un contact dans une maraude : un comptage ou une personne, et ce qui a été fait
cli-cmd-outreach-reverse = Annuler un contact d'une maraude (le dernier, sauf --contact), enregistré aujourd'hui
cli-cmd-outreach-sessions = Les maraudes d'une période avec leurs chiffres
cli-arg-outreach-name = Nom codé du lieu
cli-arg-outreach-kind = Type de lieu : squat, metro, street, park, partner, shelter, other
cli-arg-outreach-commune = Commune du lieu (nom ou code postal)
cli-arg-outreach-place = Le lieu, par son nom
cli-arg-outreach-date = Jour de la maraude (sinon aujourd'hui)
cli-arg-outreach-team = L'équipe
cli-arg-outreach-staff = Membres de l'équipe présents, séparés par des virgules
cli-arg-outreach-session = Numéro de la maraude
cli-arg-outreach-tally = Personnes rencontrées sans nom : SEXE/ÂGE[/new], par exemple f/25-29/new
cli-arg-outreach-person = Code de la personne rencontrée
cli-arg-outreach-new-person = Enregistrer sur place la personne rencontrée (rien n'est obligatoire)
cli-arg-outreach-people = Combien de personnes compte le comptage (sinon une)
cli-arg-outreach-given = Matériel donné, ARTICLE=N (les articles du comptoir)
cli-arg-outreach-vaccine = Vaccin administré
cli-arg-outreach-lot = Numéro de lot du vaccin (obligatoire)
cli-arg-outreach-dose = Numéro de la dose (1 à 10)
cli-arg-outreach-reaction = Réaction observée après la vaccination
cli-arg-outreach-accompanied = Partenaire vers lequel la personne a été accompagnée
cli-arg-outreach-referral = Vers où la personne a été orientée
cli-arg-outreach-care = Soins donnés
cli-arg-outreach-info = Une information a été donnée
cli-arg-outreach-from = Premier jour (sinon le 1er janvier)
cli-arg-outreach-to = Dernier jour (sinon aujourd'hui)

## L'écran Maraude

tab-outreach = Maraude
outreach-today-title = Les maraudes d'aujourd'hui
outreach-today-empty = Pas encore de maraude aujourd'hui. n en commence une : le lieu (trouvé ou nouveau), l'équipe.
outreach-today-row = { $contacts ->
        [0] { $contacts } personnes rencontrées
        [one] une personne rencontrée
       *[other] { $contacts } personnes rencontrées
    }, { $new } nouvelles
outreach-team = équipe { $team }
outreach-session-started = Maraude { $session } commencée : comptez avec f, m, x ou u puis l'âge.
outreach-start-title = Une nouvelle maraude aujourd'hui
outreach-start-new-place = Nouveau lieu « { $place } » : il est ajouté au registre avec son type.
outreach-start-hint = Tapez quelques lettres du lieu ; ↑↓ choisit un lieu du registre, sinon un nouveau lieu est ajouté. ↵ commence la maraude.
outreach-field-place = Lieu
outreach-field-kind = Type
outreach-field-team = Équipe
outreach-screen-totals = Contacts { $contacts } · nouveaux { $new } · accompagnés { $accompanied } · vaccinés { $vaccinated }
outreach-tally-label = Comptage :
outreach-band-label = Âge :
outreach-band-ask = Âge — { $sex } : appuyez sur la touche de l'âge.
outreach-band-u = âge inconnu
outreach-sex-f = femme
outreach-sex-m = homme
outreach-sex-x = autre
outreach-sex-u = inconnu
outreach-next-label = Prochain contact :
outreach-next-nothing = rien d'autre que la rencontre
outreach-next-new = nouveau
outreach-next-accompanied = accompagné vers { $partner }
outreach-next-vaccine = { $vaccine } lot { $lot } dose { $dose }
outreach-next-care = soins
outreach-next-referral = orientation
outreach-next-info = information
outreach-next-dropped = Le contenu du prochain contact a été abandonné ; rien n'a été écrit.
outreach-last-contacts = Derniers contacts
outreach-no-contacts = Pas encore de contact dans cette maraude.
outreach-reversed-mark = annulé
outreach-material-label = Matériel (un nombre, puis la touche de l'article) :
outreach-material-count = { $count } de l'article suivant…
outreach-person-label = Code ou nom
outreach-person-hint = Tapez le code de la personne ou quelques lettres du nom ; Alt+N l'enregistre sur place (rien n'est obligatoire).
outreach-person-none = Aucune personne choisie : tapez un code ou un nom, ou Alt+N pour une nouvelle personne.
outreach-person-name-refused = Ce nom ne peut pas être gardé tel quel ; videz le champ et appuyez sur Alt+N pour une personne avec un code seulement.
outreach-partner-label = Accompagné vers
outreach-partner-none = Aucun partenaire ne correspond : la coordination ajoute les partenaires dans l'écran Orientations.
outreach-field-vaccine = Vaccin
outreach-field-lot = Lot
outreach-field-dose = Numéro de dose
outreach-field-reaction = Réaction
outreach-field-care = Soins donnés
outreach-field-referral = Orienté vers
outreach-recorded-tally = Comptage enregistré.
outreach-recorded-person = Contact avec { $code } enregistré.
outreach-recorded-new-person = Nouvelle personne { $code } enregistrée et contact enregistré.
hint-outreach-start = Nouvelle maraude
hint-outreach-tally = Compter
hint-outreach-new = Nouveau
hint-outreach-person = Personne
hint-outreach-give = Matériel
hint-outreach-accompany = Accomp.
hint-outreach-vaccinate = Vaccin
hint-outreach-care = Soins
hint-outreach-info = Info
hint-outreach-reverse = Annuler
hint-outreach-band = Âge
hint-outreach-material-done = Fini
hint-outreach-material-undo = Retirer
help-action-outreach-start = Commencer une maraude aujourd'hui (lieu, équipe)
help-action-outreach-open = Ouvrir la maraude choisie
help-action-outreach-start-save = Commencer la maraude (en ajoutant le lieu s'il est nouveau)
help-action-outreach-place-choose = Choisir un des lieux qui correspondent
help-action-outreach-tally = Un comptage : le sexe de la personne (femme, homme, autre, inconnu), puis la touche de l'âge
help-action-outreach-new = Le prochain contact est un premier contact (encore une fois : pas nouveau)
help-action-outreach-person = Une personne rencontrée : la trouver par code ou nom, ou l'enregistrer sur place
help-action-outreach-give = Matériel donné au prochain contact (les touches des articles du comptoir)
help-action-outreach-accompany = Le prochain contact a été accompagné vers un partenaire
help-action-outreach-vaccinate = Une vaccination au prochain contact (le lot est obligatoire)
help-action-outreach-care = Soins donnés et orientation au prochain contact
help-action-outreach-info = Information donnée au prochain contact (encore une fois : aucune)
help-action-outreach-close = Abandonner le contenu du prochain contact, ou quitter la maraude
help-action-outreach-band = La tranche d'âge : 1 <15 … 0 55-59, - 60-64, = 65+, u inconnu
help-action-outreach-material-done = Garder le matériel pour le prochain contact
help-action-outreach-material-undo = Retirer le dernier article ou chiffre
help-action-outreach-material-drop = Abandonner le matériel tapé ici
help-action-outreach-person-pick = Enregistrer le contact avec la personne choisie
help-action-outreach-person-new = Enregistrer la personne sur place (rien n'est obligatoire) et le contact
help-action-outreach-partner-pick = Garder le partenaire choisi

## L'export de la personne

export-section-outreach = Contacts en maraude
export-section-vaccinations = Vaccinations
export-col-place = lieu
export-col-new = premier contact
export-col-care = soins
export-col-information = information
export-col-referral-to = orienté vers
export-col-accompanied = accompagné vers
export-col-reversed = annulé
export-col-vaccine = vaccin
export-col-lot = lot
export-col-dose-number = numéro de dose
export-col-reaction = réaction
export-col-vaccinator = vaccinateur·rice
outreach-page-title = Maraude
outreach-page-contact = { $date } · { $place }
outreach-page-vaccination = { $date } · { $vaccine } lot { $lot } dose { $dose }
outreach-field-day = Jour
outreach-field-staff = Présent·es
outreach-error-not-in-session = La maraude { $session } n'a pas de contact { $contact }.
outreach-reverse-ask-chosen = Annuler le contact marqué › ? ↵ oui, Échap non.
help-action-outreach-reverse-chosen = Annuler le contact marqué › (↑↓ le choisit ; demande d'abord)
help-action-outreach-pick = Choisir un des derniers contacts, pour l'annuler
cli-arg-outreach-contact = Le contact à annuler (son numéro), sinon le dernier
outreach-total-line = { $label } : { $count }
outreach-field-commune = Commune
