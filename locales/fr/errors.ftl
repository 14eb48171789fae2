## Erreurs qu'une personne peut rencontrer, chacune avec ce qu'il faut faire.

error-not-a-database = { $path } n'est pas une base seuil. Le fichier n'a pas été modifié. Vérifiez le chemin donné avec --db ou SEUIL_DB.
error-db-newer = La base { $path } a été créée par une version plus récente de seuil (schéma { $found } ; celle-ci connaît jusqu'au { $supported }). Rien n'a été modifié. Mettez seuil à jour sur cette machine.
error-db-open = Impossible d'ouvrir la base { $path } : { $detail }. Vérifiez que le fichier existe et que vous pouvez le lire et l'écrire.
error-db-create-dir = Impossible de créer le dossier { $path } : { $detail }. Vérifiez les droits ou choisissez un autre emplacement avec --db.
error-db = La base de données a répondu par une erreur : { $detail }. Rien n'a été enregistré ; réessayez et prévenez la coordination si cela se répète.
error-no-data-dir = Aucun dossier de données trouvé pour cet utilisateur. Indiquez une base avec --db ou SEUIL_DB.
error-terminal = Le terminal ne répond pas : { $detail }.
error-not-a-terminal = Le poste a besoin d'un terminal. Pour les scripts, utilisez les commandes (voir « seuil --help »).
config-syntax = Le fichier de configuration { $path } contient une erreur à la ligne { $line } : { $detail }. Le poste s'ouvre avec les réglages par défaut.
config-unknown-key = Le fichier de configuration { $path } contient un réglage inconnu « { $key } » à la ligne { $line }. Le poste s'ouvre avec les réglages par défaut.
config-bad-value = Le fichier de configuration { $path } contient une valeur refusée pour « { $key } » à la ligne { $line } : « { $value } » (attendu : { $expected }). Le poste s'ouvre avec les réglages par défaut.
config-unreadable = Impossible de lire le fichier de configuration { $path } : { $detail }. Le poste s'ouvre avec les réglages par défaut.
error-db-busy = La base est occupée (une sauvegarde ou un autre programme la retient). Rien n'a été enregistré ; réessayez dans un instant.
