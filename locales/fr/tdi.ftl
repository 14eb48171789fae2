# TDI : épisodes de traitement pour l'indicateur de demande de traitement (registre de Sciensano).

## Les items, dans l'ordre du questionnaire

tdi-item-centre-type = Type de centre
tdi-item-started = Début de l'épisode
tdi-item-status = Déjà traité·e
tdi-item-referral = Adressé·e par
tdi-item-niss = Numéro national ou BIS
tdi-item-sex = Sexe
tdi-item-birth-year = Année de naissance
tdi-item-living-with = Vit avec
tdi-item-living-with-children = Vit avec des enfants
tdi-item-living-where = Lieu de vie
tdi-item-nationality = Nationalité
tdi-item-labour = Travail
tdi-item-education = Scolarité
tdi-item-primary-drug = Produit principal
tdi-item-route = Mode de consommation (produit principal)
tdi-item-frequency = Fréquence, 30 derniers jours
tdi-item-first-use-age = Âge à la première consommation
tdi-item-secondary-drug-1 = Autre produit 1
tdi-item-secondary-drug-2 = Autre produit 2
tdi-item-secondary-drug-3 = Autre produit 3
tdi-item-secondary-drug-4 = Autre produit 4
tdi-item-polydrug = Polyconsommation problématique
tdi-item-injecting = Injection
tdi-item-first-injection-age = Âge à la première injection
tdi-item-sharing = Partage d'aiguilles ou de seringues
tdi-item-hiv-test = Test VIH
tdi-item-hcv-test = Test hépatite C
tdi-item-ost = Traitement de substitution aux opiacés
tdi-item-ost-first-year = Année du premier traitement de substitution
tdi-item-centre-unit = Unité ou antenne du centre

## Les réponses

tdi-unknown = Inconnu
tdi-yes = Oui
tdi-no = Non
tdi-no-niss = N'a pas de numéro national ni BIS
tdi-not-asked = sans objet
tdi-answer = { $words } ({ $code })
tdi-centre-1 = Centre de traitement ambulatoire
tdi-centre-2 = Centre de traitement résidentiel
tdi-centre-3 = Unité de traitement en prison
tdi-centre-4 = Médecin généraliste
tdi-centre-5 = Structure à bas seuil
tdi-centre-6 = Autre type de centre
tdi-status-1 = Jamais traité·e auparavant
tdi-status-2 = Déjà traité·e auparavant
tdi-referral-1 = Justice, maison de justice ou police
tdi-referral-2 = Médecin généraliste
tdi-referral-3 = Autre centre de traitement des assuétudes
tdi-referral-4 = Autre service de santé, médical ou social
tdi-referral-5 = École ou service éducatif
tdi-referral-6 = De soi-même, la famille ou des amis
tdi-referral-7 = Autre
tdi-sex-1 = Homme
tdi-sex-2 = Femme
tdi-living-with-1 = Seul·e
tdi-living-with-2 = Avec ses parents ou sa famille d'origine
tdi-living-with-3 = Avec un·e partenaire ou des enfants
tdi-living-with-4 = Avec des amis ou d'autres personnes
tdi-living-with-5 = En détention
tdi-living-with-6 = En institution ou en hébergement
tdi-living-with-7 = Autre
tdi-living-where-1 = Logement stable
tdi-living-where-2 = Logement instable ou sans abri (squat, hébergement d'urgence)
tdi-living-where-3 = En détention
tdi-living-where-4 = Autre lieu
tdi-labour-1 = Travaille de temps en temps
tdi-labour-2 = Travaille régulièrement
tdi-labour-3 = Étudiant·e
tdi-labour-4 = Sans emploi
tdi-labour-5 = Allocations, pension, au foyer ou en incapacité
tdi-labour-6 = Autre situation
tdi-education-1 = N'est jamais allé·e à l'école
tdi-education-2 = École primaire
tdi-education-3 = Enseignement secondaire
tdi-education-4 = Enseignement supérieur
tdi-drug-none = Pas d'autre produit
tdi-drug-1 = Opiacés
tdi-drug-1-1 = Héroïne
tdi-drug-1-2 = Méthadone, hors prescription
tdi-drug-1-3 = Buprénorphine, hors prescription
tdi-drug-1-4 = Fentanyl, hors prescription
tdi-drug-1-5 = Autres opiacés (tramadol…)
tdi-drug-2 = Cocaïne
tdi-drug-2-1 = Cocaïne en poudre
tdi-drug-2-2 = Crack
tdi-drug-2-3 = Autre cocaïne
tdi-drug-3 = Autres stimulants
tdi-drug-3-1 = Amphétamines
tdi-drug-3-2 = Méthamphétamine
tdi-drug-3-3 = MDMA, ecstasy
tdi-drug-3-4 = Cathinones de synthèse
tdi-drug-3-5 = Autres stimulants (un nommé)
tdi-drug-4 = Somnifères et sédatifs
tdi-drug-4-1 = Barbituriques
tdi-drug-4-2 = Benzodiazépines
tdi-drug-4-3 = GHB ou GBL
tdi-drug-4-4 = Autres sédatifs (prégabaline…)
tdi-drug-5 = Hallucinogènes
tdi-drug-5-1 = LSD
tdi-drug-5-2 = Kétamine
tdi-drug-5-3 = Autres hallucinogènes
tdi-drug-6 = Inhalants volatils (solvants, colle)
tdi-drug-7 = Cannabis
tdi-drug-7-1 = Cannabis, herbe ou résine
tdi-drug-7-2 = Cannabinoïdes de synthèse
tdi-drug-7-3 = Autre cannabis
tdi-drug-8 = Alcool
tdi-drug-9 = Autre substance
tdi-route-1 = Injecte
tdi-route-2 = Fume ou inhale
tdi-route-3 = Mange ou boit
tdi-route-4 = Sniffe
tdi-route-5 = Autre mode
tdi-frequency-1 = Tous les jours
tdi-frequency-2 = 4 à 6 jours par semaine
tdi-frequency-3 = 2 à 3 jours par semaine
tdi-frequency-4 = Une fois par semaine ou moins
tdi-frequency-5 = Pas consommé ces 30 derniers jours
tdi-inject-1 = Jamais
tdi-inject-2 = Oui, sans savoir quand
tdi-inject-2-1 = Oui, mais pas ces 12 derniers mois
tdi-inject-2-2 = Oui, ces 12 derniers mois mais pas ces 30 derniers jours
tdi-inject-2-3 = Oui, ces 30 derniers jours
tdi-inject-3 = Préfère ne pas répondre
tdi-test-1 = Jamais testé·e
tdi-test-2 = Testé·e, sans savoir quand
tdi-test-2-1 = Testé·e, mais pas ces 12 derniers mois
tdi-test-2-2 = Testé·e ces 12 derniers mois
tdi-test-3 = Préfère ne pas répondre
tdi-ost-1 = Jamais
tdi-ost-2 = Par le passé, pas maintenant
tdi-ost-3 = En ce moment

## Refus

tdi-error-item = « { $item } » n'est pas un item TDI. « seuil tdi codes » en donne la liste.
tdi-error-code = { $item } : « { $value } » n'est pas une de ses réponses. Réponses : { $codes }, ou 99 si inconnu.
tdi-error-year = { $item } : « { $value } » n'est pas une année de 1900 à { $max }. Écrivez quatre chiffres, ou 99 si inconnu.
tdi-error-age = { $item } : « { $value } » n'est pas un âge en années. Écrivez un nombre, ou 99 si inconnu.
tdi-error-country = { $item } : « { $value } » n'est pas un code de pays. Écrivez ses deux lettres (BE, MA, ER…), ou 99 si inconnu.
tdi-error-niss = { $item } : « { $value } » n'est pas un numéro national ou BIS valable ; vérifiez les chiffres. Écrivez « none » si la personne n'en a pas, ou 99 si inconnu.
tdi-error-text = { $item } : { $max } caractères au plus, sur une ligne.
tdi-error-unknown-episode = Il n'y a pas d'épisode TDI { $id }. « seuil tdi show PERSONNE » donne les épisodes d'une personne.
tdi-error-same-day = { $code } a déjà un épisode qui commence le { $date } : complétez-le avec « seuil tdi set ».
tdi-error-future = Un épisode ne peut pas commencer après aujourd'hui ({ $date }). Vérifiez la date.
tdi-error-write = Impossible d'écrire { $path } : { $reason }. Rien n'a été écrit ; choisissez un autre endroit.

## Quand un nouvel épisode est proposé

tdi-due-starting = Nouvel épisode proposé : début de traitement ici (aucun épisode précédent).
tdi-due-returning = Nouvel épisode proposé : retour après six mois ou plus sans contact (dernier contact le { $last }).
tdi-due-none = Pas de nouvel épisode proposé : le dernier épisode ou contact de la personne date de moins de six mois.
tdi-open-not-due = À noter : aucun nouvel épisode n'était proposé pour cette personne (contact ces six derniers mois). Ouvert comme demandé.

## Ligne de commande

tdi-opened = Épisode { $id } ouvert pour { $code }.
tdi-saved = Épisode { $id } enregistré.
tdi-episode-head = Épisode { $id } · { $code } · début le { $date }
tdi-line = { $label } : { $value }
tdi-still-unknown = Encore inconnu ({ $count }) : { $items }
tdi-no-episodes = { $code } n'a pas d'épisode TDI.
tdi-exported = { $count ->
    [0] { $count } épisodes de { $year } écrits dans { $path }.
    [one] Un épisode de { $year } écrit dans { $path }.
   *[other] { $count } épisodes de { $year } écrits dans { $path }.
}
tdi-checklist-head = TDI { $year } : { $count ->
    [0] { $count } épisodes
    [one] un épisode
   *[other] { $count } épisodes
}, à remettre à Sciensano au plus tard le { $due }.
tdi-checklist-line = Épisode { $id } · { $code } · { $date } — { $state }
tdi-checklist-complete = complet
tdi-sheet-saved = Fiche TDI écrite dans { $path }.

cli-cmd-tdi = Épisodes de traitement TDI (le registre de Sciensano)
cli-cmd-tdi-open = Ouvrir un épisode de traitement pour une personne ; chaque item peut rester inconnu (99)
cli-cmd-tdi-show = Les épisodes d'une personne, et si un nouveau est proposé
cli-cmd-tdi-set = Compléter ou corriger un épisode plus tard
cli-cmd-tdi-export = Écrire en CSV les épisodes commencés dans l'année, avec les codes de l'EMCDDA
cli-cmd-tdi-checklist = Les épisodes d'une année et les items encore inconnus, avant le 31 mars
cli-cmd-tdi-sheet = Écrire en PDF la fiche TDI imprimable d'un épisode
cli-cmd-tdi-codes = Les items et leurs réponses, avec leurs codes
cli-arg-date = Début de l'épisode (sinon aujourd'hui)
cli-arg-episode = Numéro de l'épisode
cli-arg-year = Année (quatre chiffres)
cli-arg-csv = Fichier CSV à écrire
cli-arg-item = Un item (son option, par exemple primary-drug) ; tous si omis
cli-arg-tdi-item = { $item } (codes { $codes } ; 99 inconnu ; ou la réponse en toutes lettres)
cli-arg-tdi-pdf = Fichier PDF à écrire

## La fiche

tdi-sheet-title = Fiche TDI — épisode de traitement
tdi-sheet-episode = Épisode { $id } · personne { $code }
tdi-sheet-note = Dans l'ordre du questionnaire de Sciensano ; le code de chaque réponse est entre parenthèses.
tdi-sheet-line = { $n }. { $label } : { $value }
tdi-sheet-coded = { $n }. { $label } : { $value } ({ $code })
tdi-sheet-age-band = Tranche d'âge au début : { $band }
tdi-sheet-footer = Ouvert le { $opened } par { $by } · imprimé le { $printed }

## Le formulaire du poste

tdi-form-title = Épisode TDI — { $code } { $name }
tdi-form-earlier = { $count ->
    [0] { $count } épisodes précédents ici.
    [one] Un épisode précédent ici.
   *[other] { $count } épisodes précédents ici.
}
tdi-form-keys = ←→ ou lettres : choisir · Suppr : inconnu · Ctrl+S enregistre aussi
tdi-form-saved = Épisode TDI { $id } enregistré pour { $code }.
help-action-tdi = Ouvrir le formulaire TDI (un nouvel épisode de traitement)
help-action-tdi-save = Enregistrer l'épisode TDI
hint-tdi = TDI
tdi-form-completing = Vous complétez le dernier épisode de la personne : les réponses déjà données sont là ; Entrée enregistre les changements.
