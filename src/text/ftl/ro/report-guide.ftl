# Cuvintele comenzilor `pathfit roles` și `pathfit faq` din jurul textelor grilei (text/report/guide.rs).

guide-day = O zi de lucru
guide-works-with = Colaborează cu
guide-delivers = Livrează
guide-judged-by = Este evaluat după
guide-example-roles = Exemple de roluri
guide-next-roles = Următorii pași în carieră
guide-certifications = Certificări
guide-stakeholder = { $who }: { $needs }
guide-none = (lipsește din această grilă)
guide-roles-title = { $title }: parcursurile alăturate
guide-faq-title = { $title }: întrebări și răspunsuri
