# tdi
