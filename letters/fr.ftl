# Referral letters in French. Letters to partners go in French or Dutch only (DOMAIN.md);
# nl.ftl has the same ids. The person's own slip is in locales/*/print.ftl.

letter-place-date = Bruxelles, le { $date }
letter-to = À l'attention de :
letter-no-address = (adresse non renseignée)
letter-subject = Objet : orientation
letter-subject-urgent = Objet : orientation URGENTE
letter-greeting = Madame, Monsieur,
letter-intro = Nous vous adressons une personne accueillie dans notre centre. Elle a accepté que les informations ci-dessous vous soient transmises, et seulement celles-ci.
letter-field-name = Nom
letter-field-birth = Date de naissance
letter-field-niss = NISS
letter-field-languages = Langues parlées
letter-field-phone = Téléphone
letter-field-coverage = Couverture des soins
letter-field-reason = Motif de l'orientation
letter-field = { $label } : { $value }
letter-not-known = non connu
letter-appointment = Rendez-vous convenu : le { $date } à { $time }.
letter-no-reason = La personne vous expliquera elle-même ce qui l'amène.
letter-closing = Nous vous remercions de l'accueil que vous lui réserverez.
letter-regards = Avec nos salutations distinguées,
letter-signature = Pour { $site }, nom et signature :
letter-footer = Document confidentiel, transmis avec l'accord de la personne dans le cadre du secret professionnel partagé.
letter-phone = Tél. { $phone }

lang-ar = arabe
lang-fr = français
lang-nl = néerlandais
lang-en = anglais
lang-ti = tigrinya
lang-pl = polonais
lang-ro = roumain
lang-so = somali
lang-am = amharique
lang-fa = persan
lang-ps = pachto
lang-ru = russe
lang-es = espagnol
lang-pt = portugais
lang-tr = turc
lang-bg = bulgare
lang-uk = ukrainien

## Common reasons, offered in the desk's referral form (in the letter's language)
reason-common-1 = Consultation de médecine générale
reason-common-2 = Soins dentaires
reason-common-3 = Examens : prise de sang, radiographie
reason-common-4 = Santé mentale, soutien psychologique
reason-common-5 = Traitement de substitution, assuétudes
reason-common-6 = Suivi de grossesse
reason-common-7 = Demande d'aide sociale ou d'aide médicale urgente
reason-common-8 = Hébergement d'urgence

## Seulement quand le centre a un numéro de téléphone (Gestion, Centre)
letter-contact = Pour toute question, n'hésitez pas à nous contacter au { $phone }.
