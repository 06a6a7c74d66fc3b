# De unde vin răspunsurile unui raport, când nu vin dintr-un fișier (commands/assess.rs).

source-interactive = sesiune interactivă
