# Le répertoire des partenaires.

partner-kind-hospital = Hôpital
partner-kind-cpas = CPAS
partner-kind-medical = Maison médicale
partner-kind-shelter = Hébergement
partner-kind-specialised = Service spécialisé
partner-kind-other = Autre
partner-added = Partenaire ajouté : { $name }.
partner-error-name = Un partenaire a besoin d'un nom.
partner-error-kind = Type inconnu « { $kind } ». Types : hospital, cpas, medical, shelter, specialised, other.
partner-error-letter-lang = Les courriers partent en français ou en néerlandais : fr ou nl, pas « { $lang } ».
partner-error-taken = { $name } est déjà dans le répertoire.
partner-error-too-long = Un champ de partenaire compte au plus { $max } caractères.
cli-arg-address = Adresse
cli-arg-phone = Numéro de téléphone
cli-arg-hours = Heures d'ouverture
cli-arg-notes = Notes pour l'équipe
