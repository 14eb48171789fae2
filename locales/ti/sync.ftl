# ብዙሓት ቦታታት፡ ሓደ መዝገብ

sync-error-already-joined = እዚ ዳታቤዝ ድሮ ቦታ { $number } ({ $name }) ናይቲ ትካል እዩ፡ ንኻልኣይ ግዜ ኣይጽንበርን።
sync-error-site-number = ቁጽሪ ቦታ { $number } የለን፡ ካብ 1 ክሳብ { $max } ሓደ ምረጹ።
sync-error-not-started = እዚ መዝገብ ገና ምስ ካልኦት ቦታታት ኣይለዋወጥን እዩ። በዚ ጀምሩ፦ seuil sync init --site NAME --folder DIR --org-key FILE
sync-error-started = እዚ መዝገብ ድሮ ብ { $folder } ገይሩ ምስ ካልኦት ቦታታት ይለዋወጥ እዩ።
sync-error-key = ፋይል መፍትሕ ናይቲ ትካል { $path } ክጥቀመሉ ኣይከኣልን ({ $detail })። ካብቲ ናይ ቀዳማይ ቦታ ኮምፒተር እንደገና ቅድሑዎ።
sync-error-folder = እቲ ሓባራዊ ፎልደር { $path } ክጥቀመሉ ኣይከኣልን ({ $detail })። ከም ዘሎን እዚ ሕሳብ ክጽሕፈሉ ከም ዝኽእልን ኣረጋግጹ።
sync-error-taken = ኣብ { $path } ካልእ ኮምፒተር ከም ቦታ { $number } ይጽሕፍ ኣሎ። ነፍሲ ወከፍ ኮምፒተር ኣብ ናቱ ፎልደር ጥራይ ይጽሕፍ፦ ኣብቲ ናይዚ ኮምፒተር መዝገብ seuil sync init ኣካይዱ፡ ወይ ነቲ ዋና እቲ ፎልደር ዝኾነ ኮምፒተር ተጠቐሙ።
sync-error-full = እቲ ሓባራዊ ፎልደር ድሮ { $max } ቦታታት ሒዙ ኣሎ፦ ዝተረፈ ቁጽሪ ቦታ የለን።
sync-error-write = ፋይል ምልውዋጥ { $path } ክጽሓፍ ኣይከኣለን ({ $detail })። ዝጠፍአ የለን፦ እቲ ለውጥታት ኣብቲ መዝገብ ይጽበ ኣሎ፡ ኣብ ዝቕጽል ምልውዋጥ ድማ ይለኣኽ።
sync-error-site-name = ነቲ ቦታ ሽም ሃብዎ፡ ንኣብነት፦ --site "ጨንፈር ደቡብ"።
sync-held-newer-schema = { $path }፦ ብሓድሽ ስሪት seuil እዩ ተጻሒፉ (schema { $found }፡ እዚ ክሳብ { $ours } ጥራይ የንብብ)። ከይተተግበረ ተዓቂቡ ኣሎ፤ እዚ ኮምፒተር ምስ ተሓደሰ ይትግበር።
sync-held-waiting = { $path }፦ ፋይል { $file } ናይ ቦታ { $other } ይጽበ ኣሎ፡ ገና ኣይበጽሐን።
sync-held-not-ours = { $path }፦ ፋይል ምልውዋጥ ናይ seuil ኣይኮነን። ከምዘሎ ገዲፍናዮ፡ ኣይተተግበረን፤ ካብቲ ፎልደር ኣውጽእዎ።
sync-held-other-key = { $path }፦ ብመፍትሕ ካልእ ትካል እዩ ተመስጢሩ። ኣይተተግበረን፤ ኩሎም ቦታታት ሓደ ዓይነት ፋይል መፍትሕ ከም ዘለዎም ኣረጋግጹ።
sync-held-damaged = { $path }፦ ተቖሪጹ ወይ ድሕሪ ምጽሓፉ ተቐይሩ እዩ። ኣይተተግበረን፤ መብዛሕትኡ ግዜ ምሉእ ቅዳሕ ይስዕብ፡ እንተዘይኮይኑ ንቦታ { $site } ምልውዋጥ ደጊሙ ከካይድ ሕተትዎ።
sync-held-clock = { $path }፦ ሰዓቱ ካብ ናይዚ ኮምፒተር ብ { $days } መዓልቲ ቀዲሙ እዩ። ኣይተተግበረን፤ ኣብቲ ናይ ቦታ { $site } ኮምፒተር ዕለት ኣስተኻኽሉ።
sync-held-refused = { $path }፦ ለውጥታቱ ኣብዚ ክትግበሩ ኣይክእሉን ({ $detail })። ካብኡ ዝተተግበረ የለን፤ seuil sync status ርኣዩ።
sync-init-done = እዚ መዝገብ ሕጂ ቦታ { $number }፡ { $name }፡ ኮይኑ ብ { $folder } ይለዋወጥ ኣሎ።
sync-init-new-key = መፍትሕ ናይቲ ትካል ተፈጢሩ፦ { $path }። ነዚ ፋይል ብኢድ (ብ USB) ናብ ነፍሲ ወከፍ ካልእ ኮምፒተር ቦታን ላፕቶፕን ቅድሑዎ፡ ናብቲ ሓባራዊ ፎልደር ግን ፈጺምኩም ኣይተእትውዎ።
sync-init-key-used = መፍትሕ ናይቲ ትካል፦ { $path }።
sync-init-steps =
    ነቲ ፋይላት ብ Syncthing ኣብ መንጎ ኮምፒተራት ንምስግጋር፦
      1. ኣብ ነፍሲ ወከፍ ኮምፒተር፦ sudo apt install syncthing፡ ድሕሪኡ ኣበግሶ (syncthing)፡ http://127.0.0.1:8384 ድማ ክፈቱ
      2. ነቶም ካልኦት ኮምፒተራት ወስኹ፦ ኣብ ሓደ Actions > Show ID፡ ኣብቲ ካልእ Add Remote Device።
      3. ነቲ ፎልደር { $folder } ምስኦም ኣካፍልዎ (Add Folder፡ ድሕሪኡ ነቶም መሳርሒታት ምረጹ)።
      4. ምልውዋጥ፦ seuil sync run (sync_folder ኣብ desk.toml እንተሎ እቲ ደስክ ባዕሉ ይገብሮ)።
sync-run-written = ተላኢኹ — ዝተጻሕፉ ፋይላት፦ { $files }፡ ለውጥታት፦ { $changes }
sync-run-applied = ተቐቢሉ — ዝተተግበሩ ፋይላት፦ { $files }፡ ለውጥታት፦ { $changes }
sync-run-conflicts = ንምርኣይ (seuil sync conflicts)፦ { $count }
sync-status-site = ቦታ { $number }፡ { $name } — ሓባራዊ ፎልደር፦ { $folder }
sync-status-own = ዝተጻሕፉ ፋይላት፦ { $files } · ዝጽበዩ ለውጥታት፦ { $waiting } · ናይ መወዳእታ ምልውዋጥ፦ { $last }
sync-status-peer = ቦታ { $number } { $name } — ዝተተግበሩ ፋይላት፦ { $applied } · መወዳእታ፦ { $last }
sync-status-never = ገና የለን
sync-conflicts-none = ዝርአ ግርጭት የለን።
sync-conflict-line = #{ $id } { $table } { $record } · { $field }፦ ዝተዓቀበ { $kept } (ቦታ { $kept_site })፡ እቲ ካልእ { $other } (ቦታ { $other_site })፡ { $at }
cli-cmd-sync = ብሓባራዊ ፎልደር ምስ ካልኦት ቦታታት ናይቲ ትካል ምልውዋጥ
cli-cmd-sync-init = ከም ቦታ ናይ ሓባራዊ ፎልደር ናብቲ ትካል ምጽንባር
cli-cmd-sync-run = ለውጥታት ናይዚ ቦታ ምጽሓፍ፡ ፋይላት ናይቶም ካልኦት ምትግባር
cli-cmd-sync-status = ፋይላት ናይ ነፍሲ ወከፍ ቦታ ክሳብ ክንደይ ከም ዝተተግበሩን እንታይ ከም ዝጽበን
cli-cmd-sync-conflicts = ክልተ ቦታታት ነንሕድሕዶም ከይረኣዩ ዝቐየርዎም ሜዳታት
cli-arg-sync-site = ሽም ናይዚ ቦታ (ጉጅለ፡ ጨንፈር፡ ላፕቶፕ)
cli-arg-sync-folder = እቲ ሓባራዊ ፎልደር (ናይ Syncthing፡ ናይ መርበብ፡ USB)
cli-arg-sync-org-key = ፋይል መፍትሕ ናይቲ ትካል (እንተዘየሎ ይፍጠር፦ ቀዳማይ ቦታ)
sync-error-no-key = { $path } መፍትሕ ትካል የብሉን (መስመር AGE-SECRET-KEY-…)። ነቲ ፋይል መፍትሕ ካብቲ ናይ ቀዳማይ ቦታ ኮምፒተር ቅድሑዎ።
sync-held-two-machines = { $path }፦ ካልእ ኮምፒተር፡ ካብቲ ፋይላቱ ኣብዚ ዝተተግበሩ ዝተፈልየ፡ ከም ቦታ { $site } ጽሒፍዎ። ኣይተተግበረን፤ ንነፍሲ ወከፍ ኮምፒተር ናቱ ቦታ ሃብዎ (seuil sync init)።
sync-double-dose = ፍጻመ፦ { $person } ብ { $day } ኣብ ክልተ ቦታታት ({ $sites }) ዶዝ ተዋሂቡዎ፡ ብድምር { $mg } mg። ምስቲ ዝኣዘዘ ሓኪም ተዘራረቡ፡ ኣመዝግብዎ ድማ።
topbar-sync = ምልውዋጥ { $time }
topbar-sync-never = ገና ምልውዋጥ የለን
topbar-sync-attention = ዝርአ፦ { $count }
sync-desk-other-folder = desk.toml sync_folder = { $given } ይብል፡ እዚ መዝገብ ግን ብ { $folder } እዩ ዝለዋወጥ፦ እቲ ደስክ ኣይለዋወጥን። sync_folder ኣስተኻኽሉ።
sync-run-duplicates = ብዝበዝሐ ሓደ ሰብ ኣብ ክልተ ቦታታት (seuil sync conflicts)፦ { $count }
sync-duplicate-line = ሓደ ሰብ ድዮም? { $a } { $a_name } ከምኡ'ውን { $b } { $b_name }፦ seuil person merge KEEP OTHER፡ ወይ seuil person not-same { $a } { $b }
generate-error-exchanging = እዚ መዝገብ ምስ ካልኦት ቦታታት ይለዋወጥ እዩ፦ ዝተፈጥሩ ሰባት ናብ ኩሎም ምበጽሑ ነይሮም። ኣብ ካልእ ፋይል ፍጠሩ (--db PATH)።
cli-cmd-sync-reviewed = ዝተራእዩ ነገራት ካብ ዝርዝር ምርኣይ ምእላይ
cli-arg-sync-ids = ቁጽርታት ናይቶም ነገራት (seuil sync conflicts)
sync-reviewed = ካብ ዝርዝር ዝተኣልዩ፦ { $count }
sync-error-unknown-review = ኣብ ዝርዝር ምርኣይ ነገር { $id } የለን (seuil sync conflicts ርኣዩ)። ዝተቐየረ የለን።
sync-error-behind = { $path } ፋይላት ናይዚ ቦታ ክሳብ ቁጽሪ { $found } ሒዙ ኣሎ፡ እዚ መዝገብ ግን ክሳብ { $written } ጥራይ እዩ ጽሒፉ፦ ካብ ፎልደሩ ዝኣረገ እዩ (ካብ ባክኣፕ ዝተመልሰ ድዩ?)። ዝተጻሕፈ የለን። ካብቲ ነዞም ፋይላት ዝጸሓፈ መዝገብ ተለዋወጡ፡ ወይ ነዚ ከም ሓድሽ ቦታ ጀምርዎ (seuil sync init ኣብ ዘይተጸንበረ ቅዳሕ)።
