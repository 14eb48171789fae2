# መዝገብ መሻርኽቲ።

partner-kind-hospital = ሆስፒታል
partner-kind-cpas = CPAS (ቤት ጽሕፈት ማሕበራዊ ረድኤት)
partner-kind-medical = ሕክምናዊ ማእከል
partner-kind-shelter = መዕቆቢ
partner-kind-specialised = ፍሉይ ኣገልግሎት
partner-kind-other = ካልእ
partner-added = መሻርኽቲ ተወሲኹ፦ { $name }።
partner-error-name = መሻርኽቲ ስም የድልዮ።
partner-error-kind = ዘይፍለጥ ዓይነት «{ $kind }»። ዓይነታት፦ hospital፡ cpas፡ medical፡ shelter፡ specialised፡ other።
partner-error-letter-lang = ደብዳቤታት ብፈረንሳይኛ ወይ ብሆላንድኛ እዮም፦ fr ወይ nl፡ «{ $lang }» ኣይኮነን።
partner-error-taken = { $name } ድሮ ኣብ መዝገብ ኣሎ።
partner-error-too-long = ሓደ ቦታ መሻርኽቲ እንተበዝሔ { $max } ፊደላት ይሕዝ።
cli-arg-address = ኣድራሻ
cli-arg-phone = ቁጽሪ ስልኪ
cli-arg-hours = ሰዓታት ስራሕ
cli-arg-notes = መዘኻኸሪ ንጉጅለ
