package org.icpengine.sample.linked;

/**
 * Job titles in French, German, Spanish and Portuguese, one line per language, function and
 * seniorities: {@code language|FUNCTION|SENIORITY,SENIORITY|title;title}. A combination not listed
 * is written in English.
 */
final class LocalTitles {
  static final String TABLE =
      """
      fr|FINANCE|C_LEVEL|Directeur Administratif et Financier;DAF
      fr|FINANCE|DIRECTOR,HEAD|Directeur Financier;Directrice Financière
      fr|FINANCE|MANAGER|Responsable Comptable;Responsable Financier
      fr|FINANCE|INDIVIDUAL|Contrôleur de gestion;Comptable
      fr|SALES|DIRECTOR,HEAD,VP|Directeur Commercial;Directrice des Ventes
      fr|SALES|MANAGER|Responsable Commercial
      fr|SALES|INDIVIDUAL|Ingénieur Commercial;Chargé d'affaires
      fr|MARKETING|DIRECTOR,HEAD,VP|Directrice Marketing;Directeur Marketing
      fr|MARKETING|MANAGER|Responsable Marketing
      fr|MARKETING|INDIVIDUAL|Chargée de marketing
      fr|ENGINEERING|DIRECTOR,HEAD|Directeur des Systèmes d'Information;DSI
      fr|ENGINEERING|INDIVIDUAL|Développeur;Ingénieur logiciel
      fr|DATA|MANAGER,HEAD|Responsable Data;Responsable BI
      fr|DATA|INDIVIDUAL|Analyste de données;Data Analyste
      fr|OPERATIONS|DIRECTOR,HEAD|Directeur des Opérations
      fr|PEOPLE|DIRECTOR,HEAD|DRH;Directrice des Ressources Humaines
      fr|EXECUTIVE|C_LEVEL|Président Directeur Général;PDG;Directeur Général
      de|FINANCE|C_LEVEL|Finanzvorstand;CFO
      de|FINANCE|DIRECTOR,HEAD|Leiter Finanzen;Finanzleiterin;Kaufmännischer Leiter
      de|FINANCE|INDIVIDUAL|Controller;Buchhalterin
      de|SALES|DIRECTOR,HEAD,VP|Leiter Vertrieb;Vertriebsleiter
      de|SALES|INDIVIDUAL|Vertriebsmitarbeiter;Key Account Manager
      de|MARKETING|DIRECTOR,HEAD|Leiterin Marketing;Marketingleiter
      de|MARKETING|MANAGER|Marketingmanager
      de|ENGINEERING|DIRECTOR,HEAD|Leiter IT;IT-Leiter
      de|ENGINEERING|INDIVIDUAL|Softwareentwickler
      de|DATA|DIRECTOR,HEAD|Leiter Data & Analytics;Teamleiter BI
      de|DATA|INDIVIDUAL|Datenanalyst
      de|PEOPLE|DIRECTOR,HEAD|Personalleiterin;Leiter Personal
      de|OPERATIONS|DIRECTOR,HEAD|Leiter Operations
      de|EXECUTIVE|C_LEVEL|Geschäftsführer;Geschäftsführerin;Vorstandsvorsitzender
      es|FINANCE|C_LEVEL,DIRECTOR,HEAD|Director Financiero;Directora Financiera
      es|FINANCE|INDIVIDUAL|Analista Financiero
      es|SALES|DIRECTOR,HEAD,VP|Director de Ventas;Director Comercial
      es|SALES|MANAGER|Jefe de Ventas
      es|SALES|INDIVIDUAL|Ejecutivo de Cuentas
      es|MARKETING|DIRECTOR,HEAD|Directora de Marketing
      es|MARKETING|INDIVIDUAL|Especialista de Marketing
      es|ENGINEERING|DIRECTOR,HEAD|Director de Tecnología
      es|ENGINEERING|INDIVIDUAL|Ingeniero de Software
      es|DATA|MANAGER,HEAD|Responsable de Datos
      es|DATA|INDIVIDUAL|Analista de Datos
      es|PEOPLE|DIRECTOR,HEAD|Directora de Recursos Humanos
      es|OPERATIONS|DIRECTOR,HEAD|Director de Operaciones
      es|EXECUTIVE|C_LEVEL|Director General;Consejero Delegado
      pt|FINANCE|C_LEVEL,DIRECTOR,HEAD|Diretor Financeiro;Diretora Financeira
      pt|FINANCE|MANAGER|Gerente Financeiro
      pt|FINANCE|INDIVIDUAL|Analista Financeiro
      pt|SALES|DIRECTOR,HEAD,VP|Diretor Comercial
      pt|SALES|MANAGER|Gerente de Vendas
      pt|SALES|INDIVIDUAL|Executivo de Contas
      pt|MARKETING|DIRECTOR,HEAD|Diretora de Marketing
      pt|MARKETING|MANAGER|Gerente de Marketing
      pt|ENGINEERING|DIRECTOR,HEAD|Diretor de Tecnologia
      pt|ENGINEERING|INDIVIDUAL|Desenvolvedor de Software
      pt|DATA|MANAGER,HEAD|Gerente de Dados
      pt|DATA|INDIVIDUAL|Analista de Dados
      pt|PEOPLE|MANAGER,HEAD,DIRECTOR|Gerente de RH
      pt|OPERATIONS|MANAGER,HEAD,DIRECTOR|Gerente de Operações
      pt|EXECUTIVE|C_LEVEL|Diretor Executivo;Diretor Geral;CEO
      """;

  private LocalTitles() {}
}
